---- MODULE ModuleDefinesNextAfter ----
EXTENDS Naturals
(* --algorithm jobs
variables queue = 1, done = 0;
begin
  Take: done := queue;
end algorithm *)
Next == done' = done
====
