---- MODULE GotoIntoProcedure ----
EXTENDS Naturals, TLC
(* --algorithm gotointoprocedure
variables x = 0, y = 0;
procedure Q() begin q: return; end procedure;
begin a: goto q;
end algorithm; *)
====
