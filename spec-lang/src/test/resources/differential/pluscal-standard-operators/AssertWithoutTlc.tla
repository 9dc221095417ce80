---- MODULE AssertWithoutTlc ----
EXTENDS Naturals

(* --algorithm Alg {
variables gv = 0;

{
  L1: assert gv = 0;
}
} *)
====
