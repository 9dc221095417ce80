---- MODULE LabelCWhen ----
(* --algorithm Alg {
variables x = 0;
{
  when: x := 1;
}
} *)
====
