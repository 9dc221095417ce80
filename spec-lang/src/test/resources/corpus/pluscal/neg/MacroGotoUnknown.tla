---- MODULE MacroGotoUnknown ----
EXTENDS Naturals, TLC
(* --algorithm macrogotounknown
variables x = 0, y = 0;
macro M() begin goto zz; end macro;
begin a: M();
end algorithm; *)
====
