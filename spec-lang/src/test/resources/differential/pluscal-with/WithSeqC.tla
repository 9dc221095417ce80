---- MODULE WithSeqC ----
EXTENDS Naturals
(* --algorithm WithSeqC {
variables s = {1, 2}, r = 0;
{
  Step:
    with (x \in s, y = x + 1, z = x * y) {
      r := z;
    }
}
} *)
====
