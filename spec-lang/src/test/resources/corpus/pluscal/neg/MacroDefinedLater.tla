---- MODULE MacroDefinedLater ----
EXTENDS Naturals, TLC
(* --algorithm macrodefinedlater
variables x = 0, y = 0;
macro M() begin N(); end macro;
macro N() begin x := 1; end macro;
begin a: M();
end algorithm; *)
====
