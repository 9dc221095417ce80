---- MODULE DefineLenWithSequences ----
EXTENDS Naturals, Sequences
(* --algorithm jobs
variables queue = <<1>>, done = 0;
define Len == 3
end define;
begin
  Take: done := Head(queue);
end algorithm *)
====
