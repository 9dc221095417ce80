---- MODULE WithBindsVars ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
begin
  Take: with vars \in {1, 2} do done := vars; end with;
end algorithm *)
====
