---- MODULE CEmptyMain ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0;
{
}
} *)
====
