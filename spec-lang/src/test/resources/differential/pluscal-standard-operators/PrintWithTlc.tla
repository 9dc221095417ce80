---- MODULE PrintWithTlc ----
EXTENDS Naturals, TLC

(* --algorithm Alg {
variables gv = 0;

{
  L1: print(gv);
}
} *)
====
