---- MODULE PrintThroughInstance ----
EXTENDS Naturals
INSTANCE TLC
(* --algorithm Alg {
variables gv = 0;

{
  L1: print(gv);
}
} *)
====
