----------------------------- MODULE QuorumConfig -----------------------------
(***************************************************************************)
(* BAD CONFIGURATION (refuted by TLC: assumption failure).                 *)
(* A register replicated with explicitly configured quorums: a write       *)
(* completes once every node of some quorum stores it, and a read asks     *)
(* some quorum. Reads see completed writes only if every two quorums       *)
(* intersect, which the spec states as an ASSUME about its constants. The  *)
(* cfg configures four nodes with the quorums {n1, n2} and {n3, n4}, which *)
(* do not intersect, so TLC rejects the model before exploring any state.  *)
(* (With Quorum = {{n1,n2,n3}, {n2,n3,n4}, {n1,n2,n4}, {n1,n3,n4}} it      *)
(* passes.)                                                                *)
(*                                                                         *)
(* Constants:                                                              *)
(*   Node    the replicas (model values, e.g. {n1, n2, n3, n4}).           *)
(*   Quorum  the configured quorums, a set of sets of nodes.               *)
(*                                                                         *)
(* Checked: the assumption QuorumsIntersect -- violated (TLC exit code     *)
(* 10); with good quorums, TypeOK and ReadSeesCompletedWrite.              *)
(***************************************************************************)
CONSTANTS Node, Quorum

QuorumsIntersect ==
    /\ Quorum \subseteq SUBSET Node
    /\ \A Q1, Q2 \in Quorum : Q1 \cap Q2 # {}

ASSUME QuorumsIntersect

VARIABLES
    stored,     \* stored[n]: whether replica n stores the written value
    completed   \* whether the write has completed at a quorum

vars == <<stored, completed>>

TypeOK ==
    /\ stored \in [Node -> BOOLEAN]
    /\ completed \in BOOLEAN

Init ==
    /\ stored = [n \in Node |-> FALSE]
    /\ completed = FALSE

(* Replica n stores the value being written. *)
Store(n) ==
    /\ ~stored[n]
    /\ stored' = [stored EXCEPT ![n] = TRUE]
    /\ UNCHANGED completed

(* The write completes once a whole quorum stores it. *)
Complete(Q) ==
    /\ ~completed
    /\ \A n \in Q : stored[n]
    /\ completed' = TRUE
    /\ UNCHANGED stored

Next ==
    \/ \E n \in Node : Store(n)
    \/ \E Q \in Quorum : Complete(Q)

Spec == Init /\ [][Next]_vars

(* A read from any quorum finds a replica with the completed write. *)
ReadSeesCompletedWrite ==
    completed => \A Q \in Quorum : \E n \in Q : stored[n]
=============================================================================
