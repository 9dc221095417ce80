---- MODULE LabelPAlgorithm ----
(* --algorithm Alg
variables x = 0;
begin
  algorithm: x := 1;
end algorithm *)
====
