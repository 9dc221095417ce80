---- MODULE DefLetDupC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
define { F == LET a == 1 a == 2 IN a }
{ A: gv := 1; }
} *)
====
