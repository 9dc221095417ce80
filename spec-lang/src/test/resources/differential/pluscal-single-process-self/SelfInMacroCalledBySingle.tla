---- MODULE SelfInMacroCalledBySingle ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
macro M() begin x := self; end macro
process P = 1
begin
  A: M();
end process
end algorithm *)
====
