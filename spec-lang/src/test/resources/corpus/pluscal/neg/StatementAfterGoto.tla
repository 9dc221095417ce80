---- MODULE StatementAfterGoto ----
EXTENDS Naturals, TLC
(* --algorithm statementaftergoto
variables x = 0, y = 0;
begin a: x := 1;
goto Done;
y := 2;
end algorithm; *)
====
