---- MODULE SelfInSetProcess ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
process P \in {1, 2}
variables l = self;
begin
  A: x := self + l;
end process
end algorithm *)
====
