---- MODULE CEmptyWhile ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0;
{
  L0: while (x > 0) {
  };
}
} *)
====
