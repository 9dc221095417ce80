---- MODULE DefBooleanC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { BOOLEAN == gv }
{ A: gv := 1; }
} *)
====
