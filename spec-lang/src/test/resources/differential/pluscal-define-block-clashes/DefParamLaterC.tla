---- MODULE DefParamLaterC ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables gv = 0;
define { F(Later) == Later }
{ A: gv := 1; }
} *)
Later == 1
====
