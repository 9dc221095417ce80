---- MODULE GlobalPc ----
EXTENDS Naturals
(* --algorithm jobs
variables pc = 0, done = 0;
begin
  Take: done := 1;
end algorithm *)
====
