---------------------------- MODULE ClockedLease ----------------------------
(* Leases granted for a fixed duration against a clock module instance;   *)
(* a node may take the lease when it is free or expired.                  *)
EXTENDS Naturals

CONSTANTS Node, Duration

VARIABLES time, holder, expiry

Free == "free"

C == INSTANCE Clock WITH now <- time, MaxTime <- 4

vars == <<time, holder, expiry>>

LeaseTypeOK == C!ClockTypeOK /\ holder \in Node \cup {Free} /\ expiry \in 0..(4 + Duration)

Init == C!ClockInit /\ holder = Free /\ expiry = 0

Acquire(n) ==
  /\ holder = Free \/ expiry < time
  /\ holder' = n
  /\ expiry' = time + Duration
  /\ UNCHANGED time

Release(n) == holder = n /\ holder' = Free /\ UNCHANGED <<time, expiry>>

Advance == C!Tick /\ UNCHANGED <<holder, expiry>>

Next == Advance \/ \E n \in Node : Acquire(n) \/ Release(n)

Spec == Init /\ [][Next]_vars

LeaseBounded == holder # Free => expiry <= time + Duration
=============================================================================
