---- MODULE MacroParamField ----
EXTENDS Naturals
CONSTANT N
(* --algorithm a
variables x = [f |-> 0];
macro M(a) begin a := 1; end macro;
begin
L: M(x.f);
end algorithm; *)
====
