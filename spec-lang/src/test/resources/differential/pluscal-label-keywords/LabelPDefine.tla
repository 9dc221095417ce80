---- MODULE LabelPDefine ----
(* --algorithm Alg
variables x = 0;
begin
  define: x := 1;
end algorithm *)
====
