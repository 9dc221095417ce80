---- MODULE GotoOutOfProcedure ----
EXTENDS Naturals, TLC
(* --algorithm gotooutofprocedure
variables x = 0, y = 0;
procedure Q() begin q: goto a; end procedure;
begin a: call Q();
b: skip;
end algorithm; *)
====
