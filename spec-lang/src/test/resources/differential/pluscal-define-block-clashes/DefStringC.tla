---- MODULE DefStringC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { STRING(a) == gv }
{ A: gv := 1; }
} *)
====
