---- MODULE OperatorApplicationAssigned ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables x = 0, q = <<>>;
macro M(m) { m := 1; }
{
  A: M(Len(q));
}
} *)
====
