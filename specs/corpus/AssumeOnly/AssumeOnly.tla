---------------------------- MODULE AssumeOnly ----------------------------
(* A module with no behaviour: it states what the model's constants must   *)
(* satisfy (a quorum system), and TLC only checks the assumptions.         *)
EXTENDS Naturals, FiniteSets

CONSTANTS Acceptor, Quorum

ASSUME QuorumAssumption ==
  /\ Quorum \subseteq SUBSET Acceptor
  /\ \A Q1, Q2 \in Quorum : Q1 \cap Q2 # {}

ASSUME \A Q \in Quorum : Cardinality(Q) * 2 > Cardinality(Acceptor)
=============================================================================
