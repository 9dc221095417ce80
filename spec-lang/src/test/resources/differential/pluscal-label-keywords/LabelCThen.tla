---- MODULE LabelCThen ----
(* --algorithm Alg {
variables x = 0;
{
  then: x := 1;
}
} *)
====
