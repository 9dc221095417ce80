---- MODULE DefParamStackProcC ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables gv = 0;
define { F(stack) == stack }
procedure P() { B: return; }
{ A: call P(); }
} *)
====
