---- MODULE CUncalledOperatorWithoutOperand ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0;
macro M(m) { x := m +; }
{
  L0: x := 1;
}
} *)
====
