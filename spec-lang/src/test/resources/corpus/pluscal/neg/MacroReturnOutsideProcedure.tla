---- MODULE MacroReturnOutsideProcedure ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm macroreturnoutsideprocedure
variables x = 0, y = 0;
macro M() begin return; end macro;
begin a: M();
end algorithm; *)
====
