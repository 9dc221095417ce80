---- MODULE CCalledRawExpression ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0;
macro M(m) { x := m m; }
{
  L0: M(1);
}
} *)
====
