---- MODULE DefLetTrueC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F == LET TRUE == 1 IN 2 }
{ A: gv := 1; }
} *)
====
