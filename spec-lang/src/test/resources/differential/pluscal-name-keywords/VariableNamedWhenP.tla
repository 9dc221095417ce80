---- MODULE VariableNamedWhenP ----
EXTENDS Naturals
(* --algorithm jobs
variables when = 1, done = 0;
begin
  Step: done := when + 1;
end algorithm *)
====
