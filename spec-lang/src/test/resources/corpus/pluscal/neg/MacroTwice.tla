---- MODULE MacroTwice ----
EXTENDS Naturals, TLC
(* --algorithm macrotwice
variables x = 0, y = 0;
macro M() begin y := 1; end macro;
macro M() begin y := 2; end macro;
begin a: M();
end algorithm; *)
====
