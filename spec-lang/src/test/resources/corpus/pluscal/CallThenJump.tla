---- MODULE CallThenJump ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm callthenjump
variables x = 0, y = 0;
procedure Q() begin q: call Q(); return; end procedure;
begin a: call Q(); goto a;
end algorithm; *)
====
