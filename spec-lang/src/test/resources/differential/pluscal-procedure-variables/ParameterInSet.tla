---- MODULE ParameterInSet ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables x = 0;
procedure P(a \in {1}) {
  L0: x := a;
  L1: return;
}
{
  M: call P(1);
}
} *)
====
