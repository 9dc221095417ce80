---- MODULE DefLetTrueFalseC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F == LET G(a) == a FALSE == 1 IN 2 }
{ A: gv := 1; }
} *)
====
