---- MODULE MacroUndeclaredUncalled ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M() begin z := 1; end macro;
begin
L: x := 1;
end algorithm; *)
====
