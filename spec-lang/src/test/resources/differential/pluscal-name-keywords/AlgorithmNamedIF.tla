---- MODULE AlgorithmNamedIF ----
EXTENDS Naturals
(* --algorithm IF
variables done = 0;
begin
  Step: done := 1;
end algorithm *)
====
