---- MODULE ReturnAfterParameterAssign ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm returnafterparameterassign
variables x = 0, y = 0;
procedure Q(p) begin q: p := 1; return; end procedure;
begin a: call Q(1);
b: skip;
end algorithm; *)
====
