---- MODULE LabelCAwait ----
(* --algorithm Alg {
variables x = 0;
{
  await: x := 1;
}
} *)
====
