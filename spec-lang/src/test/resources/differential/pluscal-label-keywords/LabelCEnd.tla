---- MODULE LabelCEnd ----
(* --algorithm Alg {
variables x = 0;
{
  end: x := 1;
}
} *)
====
