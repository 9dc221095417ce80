---- MODULE LabelCFair ----
(* --algorithm Alg {
variables x = 0;
{
  fair: x := 1;
}
} *)
====
