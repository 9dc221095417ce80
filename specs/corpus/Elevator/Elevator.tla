----------------------------- MODULE Elevator -----------------------------
(* One elevator car serving floor calls. The variable ElevatorState has    *)
(* the name Java would give the spec's own state record.                   *)
EXTENDS Naturals

CONSTANT Floors

VARIABLES ElevatorState, floor, calls

vars == <<ElevatorState, floor, calls>>

TypeOK ==
  /\ ElevatorState \in {"Idle", "MovingUp", "MovingDown", "DoorsOpen"}
  /\ floor \in Floors
  /\ calls \subseteq Floors

Init == ElevatorState = "Idle" /\ floor = 1 /\ calls = {}

Call(f) == f \notin calls /\ calls' = calls \cup {f} /\ UNCHANGED <<ElevatorState, floor>>

Depart ==
  /\ ElevatorState = "Idle"
  /\ \E f \in calls :
       /\ f # floor
       /\ ElevatorState' = IF f > floor THEN "MovingUp" ELSE "MovingDown"
  /\ UNCHANGED <<floor, calls>>

Move ==
  /\ ElevatorState \in {"MovingUp", "MovingDown"}
  /\ floor' = IF ElevatorState = "MovingUp" THEN floor + 1 ELSE floor - 1
  /\ floor' \in Floors
  /\ ElevatorState' = IF floor' \in calls THEN "DoorsOpen" ELSE ElevatorState
  /\ UNCHANGED calls

OpenHere == ElevatorState = "Idle" /\ floor \in calls /\ ElevatorState' = "DoorsOpen" /\ UNCHANGED <<floor, calls>>

Close ==
  /\ ElevatorState = "DoorsOpen"
  /\ ElevatorState' = "Idle"
  /\ calls' = calls \ {floor}
  /\ UNCHANGED floor

Next == (\E f \in Floors : Call(f)) \/ Depart \/ Move \/ OpenHere \/ Close

Spec == Init /\ [][Next]_vars

StaysInBuilding == floor \in Floors
=============================================================================
