------------------------------- MODULE Counter -------------------------------
(* A counter that a client increments by one or resets, up to Max. *)
EXTENDS Naturals

CONSTANT Max

VARIABLE x

Init == x = 0

Incr == x < Max /\ x' = x + 1

Reset == x > 0 /\ x' = 0

Next == Incr \/ Reset

Spec == Init /\ [][Next]_x
=============================================================================
