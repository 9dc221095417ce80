---- MODULE LabelCCall ----
(* --algorithm Alg {
variables x = 0;
{
  call: x := 1;
}
} *)
====
