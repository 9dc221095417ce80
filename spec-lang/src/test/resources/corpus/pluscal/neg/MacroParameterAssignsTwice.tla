---- MODULE MacroParameterAssignsTwice ----
EXTENDS Naturals, TLC
(* --algorithm macroparameterassignstwice
variables x = 0, y = 0;
macro M(v) begin v := 1; end macro;
begin a: y := 2;
M(y);
end algorithm; *)
====
