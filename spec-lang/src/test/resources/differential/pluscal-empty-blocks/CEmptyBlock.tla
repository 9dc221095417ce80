---- MODULE CEmptyBlock ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0;
{
  L0: skip;
  {
  };
}
} *)
====
