---- MODULE DefParamLabelC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F(A) == A }
{ A: gv := 1; }
} *)
====
