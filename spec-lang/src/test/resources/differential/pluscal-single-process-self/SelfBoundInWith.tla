---- MODULE SelfBoundInWith ----
EXTENDS Naturals
(* --algorithm Alg {
variables x = 0;
process (P = 1)
{
  A: with (self \in {1, 2}) { x := self; };
}
} *)
====
