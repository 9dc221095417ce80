---- MODULE LabelPOr ----
(* --algorithm Alg
variables x = 0;
begin
  or: x := 1;
end algorithm *)
====
