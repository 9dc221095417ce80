---- MODULE MacroParamApply ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = 0;
define F(v) == v end define;
macro M(a) begin a := 1; end macro;
begin
L: M(F(x));
end algorithm; *)
====
