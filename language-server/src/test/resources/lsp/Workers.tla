---- MODULE Workers ----
EXTENDS Naturals, Sequences
CONSTANT N
(* --algorithm Workers
variables total = 0;
procedure add(k)
begin
  a1: total := total + k;
  a2: return;
end procedure;
process worker \in 1..N
begin
  w1: call add(self);
  w2: skip;
end process;
end algorithm; *)
====
