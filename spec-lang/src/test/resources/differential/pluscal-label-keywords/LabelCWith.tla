---- MODULE LabelCWith ----
(* --algorithm Alg {
variables x = 0;
{
  with: x := 1;
}
} *)
====
