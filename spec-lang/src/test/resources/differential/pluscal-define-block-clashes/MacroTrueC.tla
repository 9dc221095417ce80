---- MODULE MacroTrueC ----
EXTENDS Naturals
(* --algorithm Alg {
variables gv = 0;
macro TRUE(a) { gv := a; }
{ A: TRUE(1); }
} *)
====
