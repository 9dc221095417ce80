---- MODULE SelfInMacroCalledBySet ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
macro M() begin x := self; end macro
process P = 1
begin
  A: skip;
end process
process Q \in {2, 3}
begin
  B: M();
end process
end algorithm *)
====
