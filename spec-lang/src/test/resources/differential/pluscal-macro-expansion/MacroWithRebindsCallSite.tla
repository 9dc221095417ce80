---- MODULE MacroWithRebindsCallSite ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M() begin with z \in {1} do x := z; end with; end macro;
begin
L: with z \in {2} do M(); end with;
end algorithm; *)
====
