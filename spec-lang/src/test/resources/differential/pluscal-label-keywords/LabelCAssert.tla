---- MODULE LabelCAssert ----
(* --algorithm Alg {
variables x = 0;
{
  assert: x := 1;
}
} *)
====
