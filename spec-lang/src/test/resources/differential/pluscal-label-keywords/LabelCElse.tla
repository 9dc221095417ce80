---- MODULE LabelCElse ----
(* --algorithm Alg {
variables x = 0;
{
  else: x := 1;
}
} *)
====
