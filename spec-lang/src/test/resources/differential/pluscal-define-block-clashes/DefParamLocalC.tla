---- MODULE DefParamLocalC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F(y) == y }
process (Pr = 1) variables y = 0; { A: gv := 1; }
} *)
====
