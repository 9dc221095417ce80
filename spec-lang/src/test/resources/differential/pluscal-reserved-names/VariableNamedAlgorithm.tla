---- MODULE VariableNamedAlgorithm ----
EXTENDS Naturals
(* --algorithm Meta
variables algorithm = 0, variables = 1;
begin
  Run: algorithm := variables + 1;
  Stop: variables := algorithm;
end algorithm *)
====
