---- MODULE LabelCAlgorithm ----
(* --algorithm Alg {
variables x = 0;
{
  algorithm: x := 1;
}
} *)
====
