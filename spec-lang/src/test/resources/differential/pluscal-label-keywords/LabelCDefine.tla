---- MODULE LabelCDefine ----
(* --algorithm Alg {
variables x = 0;
{
  define: x := 1;
}
} *)
====
