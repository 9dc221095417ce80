---- MODULE MacroCalledTwiceBound ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M() begin z := 1; end macro;
begin
L: M();
L2: with z \in {1} do M(); end with;
end algorithm; *)
====
