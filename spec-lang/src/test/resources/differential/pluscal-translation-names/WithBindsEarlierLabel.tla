---- MODULE WithBindsEarlierLabel ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
begin
  First: done := 1;
  Then: with First \in {1, 2} do done := First; end with;
end algorithm *)
====
