---- MODULE IndexedAssignTwice ----
EXTENDS Naturals, TLC
(* --algorithm indexedassigntwice
variables x = <<0, 0>>, y = 0;
begin a: x[1] := 1;
x[2] := 2;
end algorithm; *)
====
