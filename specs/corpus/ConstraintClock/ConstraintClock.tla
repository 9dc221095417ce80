---- MODULE ConstraintClock ----
(* Two nodes with Lamport clocks exchanging messages; clocks grow forever. The config bounds *)
(* them with a state CONSTRAINT over a constant it assigns.                                  *)
EXTENDS Naturals
CONSTANTS Nodes, MaxClock
VARIABLES clock, inbox
Max(a, b) == IF a > b THEN a ELSE b
Init == clock = [n \in Nodes |-> 0] /\ inbox = [n \in Nodes |-> {}]
Local(n) == clock' = [clock EXCEPT ![n] = @ + 1] /\ UNCHANGED inbox
Send(n, m) == n /= m /\ clock' = [clock EXCEPT ![n] = @ + 1]
              /\ inbox' = [inbox EXCEPT ![m] = @ \cup {clock[n] + 1}]
Receive(n) == \E t \in inbox[n] : clock' = [clock EXCEPT ![n] = Max(@, t) + 1]
              /\ inbox' = [inbox EXCEPT ![n] = @ \ {t}]
Next == \E n \in Nodes : Local(n) \/ Receive(n) \/ \E m \in Nodes : Send(n, m)
ClockBound == \A n \in Nodes : clock[n] <= MaxClock
InboxFromThePast == \A n \in Nodes : \A t \in inbox[n] : \E m \in Nodes : t <= clock[m]
====
