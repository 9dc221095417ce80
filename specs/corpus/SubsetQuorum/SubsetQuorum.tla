--------------------------- MODULE SubsetQuorum ---------------------------
(* Replicas acknowledge writes; a write commits once the set of replicas   *)
(* that acknowledged it contains a quorum. Uses SUBSET and UNION.          *)
EXTENDS Naturals, FiniteSets

CONSTANTS Replica, Write

VARIABLES acks, committed

vars == <<acks, committed>>

Quorums == {Q \in SUBSET Replica : 2 * Cardinality(Q) > Cardinality(Replica)}

AllAcked == UNION {acks[w] : w \in Write}

TypeOK == acks \in [Write -> SUBSET Replica] /\ committed \subseteq Write

Init == acks = [w \in Write |-> {}] /\ committed = {}

Ack(r, w) ==
  /\ r \notin acks[w]
  /\ acks' = [acks EXCEPT ![w] = @ \cup {r}]
  /\ UNCHANGED committed

Commit(w) ==
  /\ w \notin committed
  /\ \E Q \in Quorums : Q \subseteq acks[w]
  /\ committed' = committed \cup {w}
  /\ UNCHANGED acks

Next == \/ \E r \in Replica, w \in Write : Ack(r, w)
        \/ \E w \in Write : Commit(w)

Spec == Init /\ [][Next]_vars

CommittedHasQuorum == \A w \in committed : \E Q \in Quorums : Q \subseteq acks[w]
AckedAreReplicas == AllAcked \subseteq Replica
=============================================================================
