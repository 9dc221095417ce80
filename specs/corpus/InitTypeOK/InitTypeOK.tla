---------------------------- MODULE InitTypeOK ----------------------------
(* A thermostat whose initial states are every typed state with the heater *)
(* off: Init is the type invariant conjoined with a constraint.            *)
EXTENDS Integers

CONSTANTS MinTemp, MaxTemp

VARIABLES temp, heater, target

vars == <<temp, heater, target>>

TypeOK ==
  /\ temp \in MinTemp..MaxTemp
  /\ heater \in BOOLEAN
  /\ target \in MinTemp..MaxTemp

Init == TypeOK /\ heater = FALSE /\ target = MaxTemp - 1

HeatOn == ~heater /\ temp < target /\ heater' = TRUE /\ UNCHANGED <<temp, target>>
HeatOff == heater /\ temp >= target /\ heater' = FALSE /\ UNCHANGED <<temp, target>>
Warm == heater /\ temp < MaxTemp /\ temp' = temp + 1 /\ UNCHANGED <<heater, target>>
Cool == ~heater /\ temp > MinTemp /\ temp' = temp - 1 /\ UNCHANGED <<heater, target>>
SetTarget(t) == target' = t /\ UNCHANGED <<temp, heater>>

Next == HeatOn \/ HeatOff \/ Warm \/ Cool \/ \E t \in MinTemp..MaxTemp : SetTarget(t)

Spec == Init /\ [][Next]_vars

HeaterSafe == heater => temp <= MaxTemp
=============================================================================
