---- MODULE ProcedureNamedIF ----
EXTENDS Naturals, Sequences
(* --algorithm jobs
variables done = 0;
procedure IF(job) begin
  Run: done := done + job;
  return;
end procedure;
begin
  Start: call IF(1);
end algorithm *)
====
