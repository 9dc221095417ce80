---- MODULE DefTrueC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { TRUE == gv }
{ A: gv := 1; }
} *)
====
