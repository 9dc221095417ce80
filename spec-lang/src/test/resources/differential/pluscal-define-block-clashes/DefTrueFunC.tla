---- MODULE DefTrueFunC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { TRUE[i \in {1}] == gv }
{ A: gv := 1; }
} *)
====
