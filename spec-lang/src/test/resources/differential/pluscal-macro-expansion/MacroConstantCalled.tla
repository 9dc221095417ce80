---- MODULE MacroConstantCalled ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M() begin N := 1; end macro;
begin
L: M();
end algorithm; *)
====
