---- MODULE CEmptyIf ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0;
{
  L0: if (x > 0) {
  } else { skip; };
}
} *)
====
