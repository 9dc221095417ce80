---- MODULE LabelCSkip ----
(* --algorithm Alg {
variables x = 0;
{
  skip: x := 1;
}
} *)
====
