---- MODULE LabelCOr ----
(* --algorithm Alg {
variables x = 0;
{
  or: x := 1;
}
} *)
====
