---- MODULE AssertWithOwnAssert ----
EXTENDS Naturals
Assert(x, y) == TRUE
(* --algorithm Alg {
variables gv = 0;

{
  L1: assert gv = 0;
}
} *)
====
