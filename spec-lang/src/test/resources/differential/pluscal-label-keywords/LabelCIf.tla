---- MODULE LabelCIf ----
(* --algorithm Alg {
variables x = 0;
{
  if: x := 1;
}
} *)
====
