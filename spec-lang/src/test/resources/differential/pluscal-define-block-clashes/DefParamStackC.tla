---- MODULE DefParamStackC ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables gv = 0;
define { F(stack) == stack }
{ A: gv := 1; }
} *)
====
