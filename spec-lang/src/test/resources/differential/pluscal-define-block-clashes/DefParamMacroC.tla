---- MODULE DefParamMacroC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F(M) == M }
macro M(a) { gv := a; }
{ A: M(1); }
} *)
====
