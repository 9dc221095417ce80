---- MODULE DefParamProcC ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables gv = 0;
define { F(P) == P }
procedure P() { B: return; }
{ A: call P(); }
} *)
====
