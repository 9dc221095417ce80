---------------------------- MODULE LWWRegister ----------------------------
(* A last-writer-wins register replicated on two sites; a write is a      *)
(* record of value and timestamp, and gossip keeps the later one.         *)
EXTENDS Naturals

CONSTANTS Site, Val, MaxTime

VARIABLES reg, now

vars == <<reg, now>>

Stamped == [val : Val \cup {"none"}, ts : 0..MaxTime]

TypeOK == reg \in [Site -> Stamped] /\ now \in 0..MaxTime

Init == reg = [s \in Site |-> [val |-> "none", ts |-> 0]] /\ now = 0

Write(s, v) ==
  /\ now < MaxTime
  /\ now' = now + 1
  /\ reg' = [reg EXCEPT ![s] = [val |-> v, ts |-> now + 1]]

Gossip(s, t) ==
  /\ s # t
  /\ reg[s].ts > reg[t].ts
  /\ reg' = [reg EXCEPT ![t] = reg[s]]
  /\ UNCHANGED now

Next == \E s, t \in Site, v \in Val : Write(s, v) \/ Gossip(s, t)

Spec == Init /\ [][Next]_vars

TimestampsBounded == \A s \in Site : reg[s].ts <= now
=============================================================================
