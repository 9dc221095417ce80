---- MODULE SelfInSingleBesideSet ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
process P = 1
begin
  A: x := self;
end process
process Q \in {2, 3}
begin
  B: x := self;
end process
end algorithm *)
====
