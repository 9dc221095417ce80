---- MODULE CEmptyProc ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg {
variables x = 0;
procedure P() {
}
{
  L0: call P();
}
} *)
====
