---- MODULE LabelPSkip ----
(* --algorithm Alg
variables x = 0;
begin
  skip: x := 1;
end algorithm *)
====
