---- MODULE ProcedureTwice ----
EXTENDS Naturals, TLC
(* --algorithm proceduretwice
variables x = 0, y = 0;
procedure Q() begin q: return; end procedure;
procedure Q() begin r: return; end procedure;
begin a: call Q();
b: skip;
end algorithm; *)
====
