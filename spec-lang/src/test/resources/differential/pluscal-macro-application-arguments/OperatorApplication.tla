---- MODULE OperatorApplication ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables x = 0, q = <<>>;
macro M(m) { x := m; }
{
  A: M(Len(q));
}
} *)
====
