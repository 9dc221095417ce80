---- MODULE LabelCEither ----
(* --algorithm Alg {
variables x = 0;
{
  either: x := 1;
}
} *)
====
