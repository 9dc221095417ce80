---- MODULE WithNestedSeesOuterC ----
EXTENDS Naturals, Sequences
(* --algorithm WithNestedSeesOuterC {
variables r = 0;
{
  Step:
    with (x \in {1, 2}, y = x) {
      with (z = x + y) { r := z; }
    }
}
} *)
====
