---- MODULE ParallelAssignTwiceUnlabelled ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm parallelassigntwiceunlabelled
variables x = 0, y = 0;
begin
  x := 1 || x := 2;
end algorithm; *)
====
