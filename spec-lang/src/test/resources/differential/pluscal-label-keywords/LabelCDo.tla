---- MODULE LabelCDo ----
(* --algorithm Alg {
variables x = 0;
{
  do: x := 1;
}
} *)
====
