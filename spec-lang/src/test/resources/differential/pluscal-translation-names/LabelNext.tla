---- MODULE LabelNext ----
EXTENDS Naturals
(* --algorithm jobs
variables queue = 1, done = 0;
begin
  Next: done := queue;
end algorithm *)
====
