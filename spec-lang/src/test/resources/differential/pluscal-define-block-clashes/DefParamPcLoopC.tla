---- MODULE DefParamPcLoopC ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables gv = 0;
define { F(pc) == pc }
{ A: while (TRUE) { gv := 1; } }
} *)
====
