---- MODULE MacroParamPlus ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
macro M(a) begin a := 1; end macro;
begin
L: M(x + 1);
end algorithm; *)
====
