---- MODULE LabelCWhile ----
(* --algorithm Alg {
variables x = 0;
{
  while: x := 1;
}
} *)
====
