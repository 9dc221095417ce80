---- MODULE LabelPVariables ----
(* --algorithm Alg
variables x = 0;
begin
  variables: x := 1;
end algorithm *)
====
