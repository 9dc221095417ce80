-------------------------- MODULE InitAsInvariant --------------------------
(* A counter that can be reset; an invariant says that a state with the    *)
(* counter at zero is an initial state, using Init as a predicate.         *)
EXTENDS Naturals

CONSTANT Max

VARIABLES count, resets

vars == <<count, resets>>

Init == count = 0 /\ resets = 0

Inc == count < Max /\ count' = count + 1 /\ UNCHANGED resets
Reset == count = Max /\ resets < 2 /\ count' = 0 /\ resets' = resets + 1

Next == Inc \/ Reset

Spec == Init /\ [][Next]_vars

ZeroOnlyInitially == (count = 0 /\ resets = 0) => Init
ResetBound == Init \/ resets <= 2
=============================================================================
