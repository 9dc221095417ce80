---- MODULE DefFunParamC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { f[gv \in {1}] == gv }
{ A: gv := 1; }
} *)
====
