----------------------------- MODULE Footprints -----------------------------
(***************************************************************************)
(* Actions whose footprints (the variables a step's verdict reads the     *)
(* values of, ActionFootprint) are known by hand: x and y are counters, z *)
(* a set. An action that only asserts a variable UNCHANGED (directly, in a *)
(* tuple, through a definition, or as v' = v) does not use it; ENABLED and *)
(* an instantiated module's actions use every variable.                   *)
(***************************************************************************)
EXTENDS Naturals

VARIABLES x, y, z

vars == <<x, y, z>>
rest == <<y, z>>

Inner == INSTANCE FootprintsInner WITH a <- x

Init == x = 0 /\ y = 0 /\ z = {}

\* x only: y and z through the definition rest
Flip == x' = 1 - x /\ UNCHANGED rest

\* nothing: every variable through vars
Idle == UNCHANGED vars

\* y only: x' = x is UNCHANGED x
Count == x' = x /\ y' = y + 1 /\ UNCHANGED z

\* x and z: z is UNCHANGED in one disjunct but assigned in the other
Mixed == /\ UNCHANGED y
         /\ \/ x' = x + 1 /\ UNCHANGED z
            \/ z' = z \cup {x} /\ UNCHANGED x

\* x, through a LET definition
Bump == LET n == x + 1 IN x' = n /\ UNCHANGED <<y, z>>

\* every variable: ENABLED
Guarded == ENABLED Flip /\ y' = y + 1 /\ UNCHANGED <<x, z>>

\* every variable: an instantiated module's action
Shifted == Inner!Step /\ UNCHANGED <<y, z>>

Next == Flip \/ Idle \/ Count \/ Mixed \/ Bump \/ Guarded \/ Shifted

Spec == Init /\ [][Next]_vars
=============================================================================
