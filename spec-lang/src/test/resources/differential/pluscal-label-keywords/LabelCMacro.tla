---- MODULE LabelCMacro ----
(* --algorithm Alg {
variables x = 0;
{
  macro: x := 1;
}
} *)
====
