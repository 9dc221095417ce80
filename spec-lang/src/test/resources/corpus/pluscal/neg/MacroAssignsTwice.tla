---- MODULE MacroAssignsTwice ----
EXTENDS Naturals, TLC
(* --algorithm macroassignstwice
variables x = 0, y = 0;
macro M(v) begin x := v; end macro;
begin a: M(1);
M(2);
end algorithm; *)
====
