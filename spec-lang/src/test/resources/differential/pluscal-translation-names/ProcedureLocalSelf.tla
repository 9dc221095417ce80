---- MODULE ProcedureLocalSelf ----
EXTENDS Naturals, Sequences
(* --algorithm jobs
variables done = 0;
procedure work(n) variables self = 0; begin
  Add: done := done + n;
  return;
end procedure;
process p \in {1, 2}
begin
  Call: call work(1);
end process;
end algorithm *)
====
