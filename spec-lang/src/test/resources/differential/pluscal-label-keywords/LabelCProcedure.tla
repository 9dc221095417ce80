---- MODULE LabelCProcedure ----
(* --algorithm Alg {
variables x = 0;
{
  procedure: x := 1;
}
} *)
====
