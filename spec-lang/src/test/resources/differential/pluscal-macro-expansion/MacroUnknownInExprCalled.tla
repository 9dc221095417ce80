---- MODULE MacroUnknownInExprCalled ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M() begin x := w; end macro;
begin
L: M();
end algorithm; *)
====
