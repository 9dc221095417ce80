---- MODULE MacroArity ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm macroarity
variables x = 0, y = 0;
macro M(v) begin x := v; end macro;
begin a: M(1, 2);
end algorithm; *)
====
