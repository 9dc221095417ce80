---- MODULE LabelPFair ----
(* --algorithm Alg
variables x = 0;
begin
  fair: x := 1;
end algorithm *)
====
