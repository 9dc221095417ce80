---------------------------- MODULE LibQuorumSystem ----------------------------
(***************************************************************************)
(* Replicas vote on proposals; a proposal is chosen once a quorum of size  *)
(* Q has voted for it. With 2Q > N any two quorums meet, so at most one    *)
(* proposal is chosen. Combinatorics counts the quorums; FiniteSetsExt     *)
(* enumerates them.                                                        *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, Combinatorics, FiniteSetsExt

CONSTANTS Replicas, Q, Proposals

VARIABLES votes

Quorums == Ksubsets(Replicas, Q)

ASSUME Cardinality(Quorums) = choose(Cardinality(Replicas), Q)
ASSUME 2 * Q > Cardinality(Replicas)

Init == votes = [r \in Replicas |-> "none"]

Vote(r, p) == votes[r] = "none" /\ votes' = [votes EXCEPT ![r] = p]

Next == \E r \in Replicas, p \in Proposals : Vote(r, p)

Spec == Init /\ [][Next]_votes

Chosen == {p \in Proposals : \E q \in Quorums : \A r \in q : votes[r] = p}

AtMostOneChosen == Cardinality(Chosen) <= 1
\* the number of replicas still to vote, two ways
Undecided == Quantify(Replicas, LAMBDA r : votes[r] = "none")
UndecidedCount == Undecided = Cardinality({r \in Replicas : votes[r] = "none"})
==============================================================================
