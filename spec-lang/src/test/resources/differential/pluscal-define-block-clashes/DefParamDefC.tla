---- MODULE DefParamDefC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { G == 1  F(G) == G }
{ A: gv := 1; }
} *)
====
