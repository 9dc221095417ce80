---- MODULE CUncalledParallel ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0, y = 0;
macro M(m) { x := m m || y := 1; }
{
  L0: x := 1;
}
} *)
====
