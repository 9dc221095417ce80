---- MODULE VariableVars ----
EXTENDS Naturals
(* --algorithm jobs
variables vars = 1, done = 0;
begin
  Take: done := vars;
end algorithm *)
====
