---- MODULE DefParamVarC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F(gv) == gv }
{ A: gv := 1; }
} *)
====
