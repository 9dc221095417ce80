---- MODULE LabelCProcess ----
(* --algorithm Alg {
variables x = 0;
{
  process: x := 1;
}
} *)
====
