---- MODULE ProcedureNamedProcess ----
EXTENDS Naturals, Sequences
(* --algorithm jobs
variables done = 0;
procedure process(job) begin
  Run: done := done + job;
  return;
end procedure;
begin
  Start: call process(1);
end algorithm *)
====
