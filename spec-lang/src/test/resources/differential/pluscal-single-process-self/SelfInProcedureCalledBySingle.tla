---- MODULE SelfInProcedureCalledBySingle ----
EXTENDS Naturals, Sequences
(* --algorithm Alg
variables x = 0;
procedure Proc()
begin
  B: x := self;
  C: return;
end procedure
process P = 1
begin
  A: call Proc();
end process
end algorithm *)
====
