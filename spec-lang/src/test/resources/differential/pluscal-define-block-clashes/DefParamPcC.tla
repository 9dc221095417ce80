---- MODULE DefParamPcC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F(pc) == pc }
{ A: gv := 1; }
} *)
====
