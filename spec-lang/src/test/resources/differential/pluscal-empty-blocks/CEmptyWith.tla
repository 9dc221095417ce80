---- MODULE CEmptyWith ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0;
{
  L0: with (v \in {1}) {
  };
}
} *)
====
