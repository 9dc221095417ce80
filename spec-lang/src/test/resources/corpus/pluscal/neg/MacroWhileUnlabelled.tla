---- MODULE MacroWhileUnlabelled ----
EXTENDS Naturals, TLC
(* --algorithm macrowhileunlabelled
variables x = 0, y = 0;
macro M() begin while x < 1 do x := 1; end while; end macro;
begin a: y := 0;
M();
end algorithm; *)
====
