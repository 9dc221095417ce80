---- MODULE LabelCBegin ----
(* --algorithm Alg {
variables x = 0;
{
  begin: x := 1;
}
} *)
====
