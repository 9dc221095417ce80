---- MODULE ProcLocalInOtherProcedureP ----
EXTENDS Naturals, Sequences
(* --algorithm Jobs
variables total = 0;
procedure Work(size) variables done = 0; begin
  W1: total := total + size + done;
  W2: return;
end procedure;
procedure Check() begin
  C1: done := done + 1;
  C2: return;
end procedure;
process Worker \in {1, 2}
begin
  P1: call Work(2);
  P2: call Check();
end process;
end algorithm *)
====
