---- MODULE LocalInSetC ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables x = 0;
procedure P(a) variables pv = 0, pw \in {0, 1}; {
  L0: x := a + pv;
  L1: return;
}
{
  M: call P(1);
}
} *)
====
