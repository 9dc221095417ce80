---- MODULE DefFalseC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { FALSE == gv }
{ A: gv := 1; }
} *)
====
