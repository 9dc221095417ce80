---- MODULE ReturnAfterLocalAssign ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm returnafterlocalassign
variables x = 0, y = 0;
procedure Q() variable z = 0; begin q: z := z + 1; return; end procedure;
begin a: call Q();
b: skip;
end algorithm; *)
====
