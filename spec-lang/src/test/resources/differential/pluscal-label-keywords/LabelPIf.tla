---- MODULE LabelPIf ----
(* --algorithm Alg
variables x = 0;
begin
  if: x := 1;
end algorithm *)
====
