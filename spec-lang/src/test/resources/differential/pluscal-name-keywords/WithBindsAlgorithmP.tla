---- MODULE WithBindsAlgorithmP ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
begin
  Step: with algorithm \in {1, 2} do done := algorithm; end with;
end algorithm *)
====
