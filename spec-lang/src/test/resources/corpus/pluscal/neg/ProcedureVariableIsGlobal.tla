---- MODULE ProcedureVariableIsGlobal ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm procedurevariableisglobal
variables x = 0, y = 0;
procedure Q() variable x = 1; begin q: return; end procedure;
begin a: call Q();
b: skip;
end algorithm; *)
====
