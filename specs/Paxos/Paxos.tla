-------------------------------- MODULE Paxos --------------------------------
(***************************************************************************)
(* Single-decree Paxos (the Synod protocol): acceptors agree on at most    *)
(* one value although proposers run ballots concurrently and messages may  *)
(* be delayed, reordered or duplicated. Phase 1 (1a/1b) makes a ballot     *)
(* learn what earlier ballots may have chosen; phase 2 (2a/2b) proposes    *)
(* and accepts a value. After Lamport's Paxos.tla (tlaplus/Examples).      *)
(*                                                                         *)
(* Constants:                                                              *)
(*   Acceptor   the acceptors (model values, e.g. {a1, a2, a3}).           *)
(*   Value      the values that may be proposed (e.g. {v1, v2}).           *)
(*   MaxBallot  ballots are the numbers 0..MaxBallot.                      *)
(*   None       a model value standing for "no value", not in Value.       *)
(* Quorums are the majorities of Acceptor.                                 *)
(*                                                                         *)
(* Checked: TypeOK; Consistency (at most one value is ever chosen);        *)
(* VotesSafe (an acceptor votes in ballot b only for the value that        *)
(* ballot's 2a message proposed).                                          *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS Acceptor, Value, MaxBallot, None

ASSUME MaxBallot \in Nat /\ None \notin Value

Ballot == 0..MaxBallot

Quorum == {Q \in SUBSET Acceptor : 2 * Cardinality(Q) > Cardinality(Acceptor)}

Message ==
         [type : {"1a"}, bal : Ballot]
    \cup [type : {"1b"}, acc : Acceptor, bal : Ballot,
          mbal : Ballot \cup {-1}, mval : Value \cup {None}]
    \cup [type : {"2a"}, bal : Ballot, val : Value]
    \cup [type : {"2b"}, acc : Acceptor, bal : Ballot, val : Value]

VARIABLES
    maxBal,   \* maxBal[a]: highest ballot acceptor a has promised to join
    maxVBal,  \* maxVBal[a]: highest ballot in which a voted (-1: none)
    maxVal,   \* maxVal[a]: the value a voted for in ballot maxVBal[a]
    msgs      \* all messages sent so far

vars == <<maxBal, maxVBal, maxVal, msgs>>

TypeOK ==
    /\ maxBal \in [Acceptor -> Ballot \cup {-1}]
    /\ maxVBal \in [Acceptor -> Ballot \cup {-1}]
    /\ maxVal \in [Acceptor -> Value \cup {None}]
    /\ msgs \in SUBSET Message

Init ==
    /\ maxBal = [a \in Acceptor |-> -1]
    /\ maxVBal = [a \in Acceptor |-> -1]
    /\ maxVal = [a \in Acceptor |-> None]
    /\ msgs = {}

Send(m) == msgs' = msgs \cup {m}

-----------------------------------------------------------------------------
(* A proposer starts ballot b. *)
Phase1a(b) ==
    /\ ~\E m \in msgs : m.type = "1a" /\ m.bal = b
    /\ Send([type |-> "1a", bal |-> b])
    /\ UNCHANGED <<maxBal, maxVBal, maxVal>>

(* Acceptor a promises not to vote in ballots below b, reporting its last vote. *)
Phase1b(a, b) ==
    /\ [type |-> "1a", bal |-> b] \in msgs
    /\ b > maxBal[a]
    /\ maxBal' = [maxBal EXCEPT ![a] = b]
    /\ Send([type |-> "1b", acc |-> a, bal |-> b,
             mbal |-> maxVBal[a], mval |-> maxVal[a]])
    /\ UNCHANGED <<maxVBal, maxVal>>

(* With 1b messages from a quorum, the leader of ballot b proposes a value  *)
(* that is safe: the value of the highest vote reported, or any value if   *)
(* nobody in the quorum has voted.                                          *)
Phase2a(b, v) ==
    /\ ~\E m \in msgs : m.type = "2a" /\ m.bal = b
    /\ \E Q \in Quorum :
         LET Q1b == {m \in msgs : m.type = "1b" /\ m.acc \in Q /\ m.bal = b}
             Q1bv == {m \in Q1b : m.mbal >= 0}
         IN  /\ \A a \in Q : \E m \in Q1b : m.acc = a
             /\ \/ Q1bv = {}
                \/ \E m \in Q1bv :
                     /\ m.mval = v
                     /\ \A mm \in Q1bv : m.mbal >= mm.mbal
    /\ Send([type |-> "2a", bal |-> b, val |-> v])
    /\ UNCHANGED <<maxBal, maxVBal, maxVal>>

(* Acceptor a votes for the value proposed in ballot b. *)
Phase2b(a, b) ==
    \E m \in msgs :
        /\ m.type = "2a"
        /\ m.bal = b
        /\ b >= maxBal[a]
        /\ maxBal' = [maxBal EXCEPT ![a] = b]
        /\ maxVBal' = [maxVBal EXCEPT ![a] = b]
        /\ maxVal' = [maxVal EXCEPT ![a] = m.val]
        /\ Send([type |-> "2b", acc |-> a, bal |-> b, val |-> m.val])

Next ==
    \/ \E b \in Ballot : Phase1a(b)
    \/ \E a \in Acceptor, b \in Ballot : Phase1b(a, b)
    \/ \E b \in Ballot, v \in Value : Phase2a(b, v)
    \/ \E a \in Acceptor, b \in Ballot : Phase2b(a, b)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

VotedFor(a, b, v) == [type |-> "2b", acc |-> a, bal |-> b, val |-> v] \in msgs

ChosenIn(b, v) == \E Q \in Quorum : \A a \in Q : VotedFor(a, b, v)

Chosen == {v \in Value : \E b \in Ballot : ChosenIn(b, v)}

Consistency == \A v, w \in Chosen : v = w

VotesSafe ==
    \A a \in Acceptor, b \in Ballot, v \in Value :
        VotedFor(a, b, v) => [type |-> "2a", bal |-> b, val |-> v] \in msgs
=============================================================================
