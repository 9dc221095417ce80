---- MODULE LabelCPrint ----
(* --algorithm Alg {
variables x = 0;
{
  print: x := 1;
}
} *)
====
