---- MODULE LabelPProcess ----
(* --algorithm Alg
variables x = 0;
begin
  process: x := 1;
end algorithm *)
====
