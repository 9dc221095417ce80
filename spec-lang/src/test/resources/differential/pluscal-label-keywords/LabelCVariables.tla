---- MODULE LabelCVariables ----
(* --algorithm Alg {
variables x = 0;
{
  variables: x := 1;
}
} *)
====
