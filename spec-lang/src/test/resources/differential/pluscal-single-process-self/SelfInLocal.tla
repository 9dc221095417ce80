---- MODULE SelfInLocal ----
EXTENDS Naturals
(* --algorithm Alg {
variables x = 0;
process (P = 1)
variables l = self;
{
  A: x := l;
}
} *)
====
