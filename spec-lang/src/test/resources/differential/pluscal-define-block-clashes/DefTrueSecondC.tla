---- MODULE DefTrueSecondC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { Ok == gv  TRUE == 1 }
{ A: gv := 1; }
} *)
====
