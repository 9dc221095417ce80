---- MODULE DefineInit ----
EXTENDS Naturals
(* --algorithm jobs
variables queue = 1, done = 0;
define Init == done = 0
end define;
begin
  Take: done := queue;
end algorithm *)
====
