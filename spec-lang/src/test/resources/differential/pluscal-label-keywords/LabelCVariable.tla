---- MODULE LabelCVariable ----
(* --algorithm Alg {
variables x = 0;
{
  variable: x := 1;
}
} *)
====
