---- MODULE PrintWithoutTlc ----
EXTENDS Naturals

(* --algorithm Alg {
variables gv = 0;

{
  L1: print(gv);
}
} *)
====
