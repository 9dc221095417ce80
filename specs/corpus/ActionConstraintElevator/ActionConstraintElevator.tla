---- MODULE ActionConstraintElevator ----
(* An elevator between floors. The config's ACTION_CONSTRAINT explores only behaviours where *)
(* the car never moves more than one floor in a step and never reverses with a request ahead. *)
EXTENDS Naturals
CONSTANT Floors
VARIABLES floor, requests
Init == floor = 1 /\ requests = {}
Call(f) == requests' = requests \cup {f} /\ UNCHANGED floor
Move(f) == requests /= {} /\ floor' = f /\ requests' = requests \ {f}
Next == \E f \in 1..Floors : Call(f) \/ Move(f)
OneFloorAtATime == floor' <= floor + 1 /\ floor <= floor' + 1
InRange == floor \in 1..Floors
====
