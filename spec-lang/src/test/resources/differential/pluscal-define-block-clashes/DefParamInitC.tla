---- MODULE DefParamInitC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F(Init) == Init }
{ A: gv := 1; }
} *)
====
