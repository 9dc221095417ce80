---- MODULE WithUsesLaterBindingC ----
EXTENDS Naturals, Sequences
(* --algorithm WithUsesLaterBindingC {
variables r = 0;
{
  Step:
    with (a = b, b \in {1}) { r := a; }
}
} *)
====
