---- MODULE DefBoundVarC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F == \E gv \in {1} : gv }
{ A: gv := 1; }
} *)
====
