------------------------------ MODULE Election ------------------------------
(* A bully-style election: a node votes for the highest candidate it has    *)
(* heard of; a candidate with a majority of votes becomes leader.           *)
EXTENDS Nodes

VARIABLES votedFor, leader

vars == <<votedFor, leader>>

None == 0

TypeOK ==
  /\ votedFor \in [Node -> Node \cup {None}]
  /\ leader \in Node \cup {None}

Init ==
  /\ votedFor = [n \in Node |-> None]
  /\ leader = None

Vote(n, c) ==
  /\ votedFor[n] = None
  /\ c >= n
  /\ votedFor' = [votedFor EXCEPT ![n] = c]
  /\ UNCHANGED leader

BecomeLeader(c) ==
  /\ leader = None
  /\ \E Q \in Majority : \A n \in Q : votedFor[n] = c
  /\ leader' = c
  /\ UNCHANGED votedFor

Next == \E n, c \in Node : Vote(n, c) \/ BecomeLeader(c)

Spec == Init /\ [][Next]_vars

OneLeader == leader # None => \E Q \in Majority : \A n \in Q : votedFor[n] = leader
=============================================================================
