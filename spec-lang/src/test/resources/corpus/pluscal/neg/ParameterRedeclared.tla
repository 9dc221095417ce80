---- MODULE ParameterRedeclared ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm parameterredeclared
variables x = 0, y = 0;
procedure Q(a) variable a = 1; begin q: return; end procedure;
begin b: call Q(1);
c: skip;
end algorithm; *)
====
