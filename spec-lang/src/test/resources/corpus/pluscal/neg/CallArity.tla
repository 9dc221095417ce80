---- MODULE CallArity ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm callarity
variables x = 0, y = 0;
procedure Q() begin q: return; end procedure;
begin a: call Q(1);
b: skip;
end algorithm; *)
====
