---------------------------- MODULE QuorumDecide ----------------------------
(***************************************************************************)
(* A decision service in the style of single-decree consensus: acceptors  *)
(* accept proposals, and the coordinator decides a value that every       *)
(* member of some quorum has accepted. Actions state what must hold of    *)
(* the next state with \A over the acceptors, the way engineers write     *)
(* post-conditions:                                                        *)
(*   Decide(Q)   \A a \in Q : decision' \in accepted[a]  (the first       *)
(*               acceptor picks the candidates, the others narrow them)   *)
(*   Accept(a,v) \A b \in Acceptor : Cardinality(accepted'[b]) <= 2       *)
(*               (a bound on every acceptor's state after the step)       *)
(*   Reset       \A a \in Acceptor : epoch' = epoch + 1 /\ ...            *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Acceptor, Value, None, MaxEpoch

VARIABLES accepted, decision, epoch

vars == <<accepted, decision, epoch>>

Quorum == {Q \in SUBSET Acceptor : 2 * Cardinality(Q) > Cardinality(Acceptor)}

TypeOK ==
    /\ accepted \in [Acceptor -> SUBSET Value]
    /\ decision \in Value \cup {None}
    /\ epoch \in 0..MaxEpoch

Init ==
    /\ accepted = [a \in Acceptor |-> {}]
    /\ decision = None
    /\ epoch = 0

Accept(a, v) ==
    /\ decision = None
    /\ v \notin accepted[a]
    /\ accepted' = [accepted EXCEPT ![a] = @ \cup {v}]
    /\ \A b \in Acceptor : Cardinality(accepted'[b]) <= 2
    /\ UNCHANGED <<decision, epoch>>

Decide(Q) ==
    /\ decision = None
    /\ \A a \in Q : decision' \in accepted[a]
    /\ UNCHANGED <<accepted, epoch>>

Reset ==
    /\ decision # None
    /\ epoch < MaxEpoch
    /\ \A a \in Acceptor : /\ epoch' = epoch + 1
                           /\ decision \in accepted[a] \/ accepted[a] = {}
                           /\ accepted' = [b \in Acceptor |-> {}]
    /\ decision' = None

Next ==
    \/ \E a \in Acceptor, v \in Value : Accept(a, v)
    \/ \E Q \in Quorum : Decide(Q)
    \/ Reset

Spec == Init /\ [][Next]_vars

\* A decided value was accepted by a quorum.
Agreement == decision # None => \E Q \in Quorum : \A a \in Q : decision \in accepted[a]
=============================================================================
