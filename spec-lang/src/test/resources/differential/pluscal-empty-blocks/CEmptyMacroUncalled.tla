---- MODULE CEmptyMacroUncalled ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0;
macro M() {
}
{
  L0: skip;
}
} *)
====
