---- MODULE MacroCallThenStatement ----
EXTENDS Naturals, TLC
(* --algorithm macrocallthenstatement
variables x = 0, y = 0;
macro M() begin call Q(); end macro;
procedure Q() begin q: return; end procedure;
begin a: M();
y := 1;
end algorithm; *)
====
