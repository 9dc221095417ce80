---- MODULE WithBindsLaterLabel ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
begin
  First: with Then \in {1, 2} do done := Then; end with;
  Then: done := 0;
end algorithm *)
====
