---- MODULE PrintWithOwnPrintT ----
EXTENDS Naturals
PrintT(x) == TRUE
(* --algorithm Alg {
variables gv = 0;

{
  L1: print(gv);
}
} *)
====
