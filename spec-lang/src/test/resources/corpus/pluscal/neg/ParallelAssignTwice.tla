---- MODULE ParallelAssignTwice ----
EXTENDS Naturals, TLC
(* --algorithm parallelassigntwice
variables x = 0, y = 0;
begin a: x := 1 || x := 2;
end algorithm; *)
====
