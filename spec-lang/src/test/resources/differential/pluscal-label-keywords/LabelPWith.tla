---- MODULE LabelPWith ----
(* --algorithm Alg
variables x = 0;
begin
  with: x := 1;
end algorithm *)
====
