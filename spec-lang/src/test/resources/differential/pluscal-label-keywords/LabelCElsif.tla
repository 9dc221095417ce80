---- MODULE LabelCElsif ----
(* --algorithm Alg {
variables x = 0;
{
  elsif: x := 1;
}
} *)
====
