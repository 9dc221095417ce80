---- MODULE WithSeqEqFirstC ----
EXTENDS Naturals, Sequences
(* --algorithm WithSeqEqFirstC {
variables r = 0;
{
  Step:
    with (a = 3, b \in 1..a, c = a + b) {
      r := c;
    }
}
} *)
====
