---- MODULE LabelCReturn ----
(* --algorithm Alg {
variables x = 0;
{
  return: x := 1;
}
} *)
====
