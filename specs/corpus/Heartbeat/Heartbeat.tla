----------------------------- MODULE Heartbeat -----------------------------
(* A failure detector: nodes send heartbeats; the monitor suspects a node  *)
(* whose counter of missed beats reaches the timeout; nodes may crash.     *)
EXTENDS Naturals

CONSTANTS Node, Timeout

VARIABLES alive, missed, suspected

vars == <<alive, missed, suspected>>

TypeOK ==
  /\ alive \subseteq Node
  /\ missed \in [Node -> 0..Timeout]
  /\ suspected \subseteq Node

Init == alive = Node /\ missed = [n \in Node |-> 0] /\ suspected = {}

Beat(n) == n \in alive /\ missed' = [missed EXCEPT ![n] = 0] /\ suspected' = suspected \ {n} /\ UNCHANGED alive
Miss(n) == missed[n] < Timeout /\ missed' = [missed EXCEPT ![n] = @ + 1] /\ UNCHANGED <<alive, suspected>>
Suspect(n) == missed[n] = Timeout /\ n \notin suspected /\ suspected' = suspected \cup {n} /\ UNCHANGED <<alive, missed>>
Crash(n) == n \in alive /\ alive' = alive \ {n} /\ UNCHANGED <<missed, suspected>>

Next == \E n \in Node : Beat(n) \/ Miss(n) \/ Suspect(n) \/ Crash(n)

Spec == Init /\ [][Next]_vars

SuspectedMissed == \A n \in suspected : missed[n] = Timeout
=============================================================================
