---- MODULE LabelCGoto ----
(* --algorithm Alg {
variables x = 0;
{
  goto: x := 1;
}
} *)
====
