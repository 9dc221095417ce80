---------------------------- MODULE LamportClock ----------------------------
(* Lamport's logical clocks: local events and messages carry timestamps;   *)
(* a receive advances the clock past the message's timestamp.              *)
EXTENDS Naturals

CONSTANTS Proc, MaxClock

VARIABLES clock, inbox

vars == <<clock, inbox>>

Max(a, b) == IF a > b THEN a ELSE b

Msg == [from : Proc, ts : 0..MaxClock]

TypeOK == clock \in [Proc -> 0..MaxClock] /\ inbox \in [Proc -> SUBSET Msg]

Init == clock = [p \in Proc |-> 0] /\ inbox = [p \in Proc |-> {}]

Tick(p) == clock[p] < MaxClock /\ clock' = [clock EXCEPT ![p] = @ + 1] /\ UNCHANGED inbox

SendTo(p, q) ==
  /\ p # q
  /\ clock[p] < MaxClock
  /\ clock' = [clock EXCEPT ![p] = @ + 1]
  /\ inbox' = [inbox EXCEPT ![q] = @ \cup {[from |-> p, ts |-> clock[p] + 1]}]

Deliver(p, m) ==
  /\ m \in inbox[p]
  /\ Max(clock[p], m.ts) < MaxClock
  /\ clock' = [clock EXCEPT ![p] = Max(@, m.ts) + 1]
  /\ inbox' = [inbox EXCEPT ![p] = @ \ {m}]

Next == \E p, q \in Proc : Tick(p) \/ SendTo(p, q) \/ \E m \in inbox[p] : Deliver(p, m)

Spec == Init /\ [][Next]_vars

TimestampsPast == \A p \in Proc : \A m \in inbox[p] : m.ts <= clock[m.from]
=============================================================================
