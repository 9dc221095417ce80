---- MODULE MacroCallsItself ----
EXTENDS Naturals, TLC
(* --algorithm macrocallsitself
variables x = 0, y = 0;
macro M() begin M(); end macro;
begin a: M();
end algorithm; *)
====
