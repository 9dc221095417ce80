---- MODULE CUncalledRawExpression ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0, y = 0, q = <<>>;
macro M(m) { x := m m; }
{
  L0: await x > 0;
  L1: q := Append(q, y);
}
} *)
====
