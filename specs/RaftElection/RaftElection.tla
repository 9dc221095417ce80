----------------------------- MODULE RaftElection -----------------------------
(***************************************************************************)
(* Raft leader election (Ongaro and Ousterhout, "In Search of an           *)
(* Understandable Consensus Algorithm", section 5.2), without logs.        *)
(* A follower or candidate times out, increments its term, votes for       *)
(* itself and asks the others for their vote; a server grants at most one  *)
(* vote per term; a candidate with votes from a majority becomes leader.   *)
(* A server that sees a higher term adopts it and steps down. Messages     *)
(* live in a set: they may be delayed, reordered and delivered twice.      *)
(*                                                                         *)
(* Constants:                                                              *)
(*   Server   the servers (model values, e.g. {n1, n2, n3}).               *)
(*   MaxTerm  terms are 0..MaxTerm; a timeout is only possible below it,   *)
(*            which keeps the state space finite.                          *)
(*   Nil      a model value meaning "voted for nobody".                    *)
(*                                                                         *)
(* Checked: TypeOK; ElectionSafety (at most one leader per term);          *)
(* LeaderHasQuorum (a leader got votes from a majority in its term);       *)
(* VotesAreUnique (no server votes for two candidates in one term).        *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Server, MaxTerm, Nil

ASSUME MaxTerm \in Nat /\ Nil \notin Server

Term == 0..MaxTerm

Majority == {Q \in SUBSET Server : 2 * Cardinality(Q) > Cardinality(Server)}

Message ==
         [type : {"RequestVote"}, term : Term, src : Server, dst : Server]
    \cup [type : {"Vote"}, term : Term, src : Server, dst : Server]

VARIABLES
    currentTerm,    \* currentTerm[s]: the latest term server s has seen
    role,           \* role[s]: "Follower", "Candidate" or "Leader"
    votedFor,       \* votedFor[s]: who s voted for in currentTerm[s], or Nil
    votesGranted,   \* votesGranted[s]: servers that voted for candidate s
    msgs            \* messages sent so far

vars == <<currentTerm, role, votedFor, votesGranted, msgs>>

TypeOK ==
    /\ currentTerm \in [Server -> Term]
    /\ role \in [Server -> {"Follower", "Candidate", "Leader"}]
    /\ votedFor \in [Server -> Server \cup {Nil}]
    /\ votesGranted \in [Server -> SUBSET Server]
    /\ msgs \in SUBSET Message

Init ==
    /\ currentTerm = [s \in Server |-> 0]
    /\ role = [s \in Server |-> "Follower"]
    /\ votedFor = [s \in Server |-> Nil]
    /\ votesGranted = [s \in Server |-> {}]
    /\ msgs = {}

-----------------------------------------------------------------------------
(* Server s times out and starts an election for the next term. *)
Timeout(s) ==
    /\ role[s] \in {"Follower", "Candidate"}
    /\ currentTerm[s] < MaxTerm
    /\ currentTerm' = [currentTerm EXCEPT ![s] = @ + 1]
    /\ role' = [role EXCEPT ![s] = "Candidate"]
    /\ votedFor' = [votedFor EXCEPT ![s] = s]
    /\ votesGranted' = [votesGranted EXCEPT ![s] = {s}]
    /\ msgs' = msgs \cup {[type |-> "RequestVote", term |-> currentTerm[s] + 1,
                           src |-> s, dst |-> d] : d \in Server \ {s}}

(* Server s handles a vote request m: it adopts a higher term (stepping    *)
(* down), then grants its vote if the term matches and it has not voted    *)
(* for another candidate in this term. A refusal is not answered.          *)
HandleRequestVote(s, m) ==
    LET higher  == m.term > currentTerm[s]
        newTerm == IF higher THEN m.term ELSE currentTerm[s]
        oldVote == IF higher THEN Nil ELSE votedFor[s]
        grant   == m.term = newTerm /\ oldVote \in {Nil, m.src}
    IN  /\ m \in msgs
        /\ m.type = "RequestVote"
        /\ m.dst = s
        /\ higher \/ grant
        /\ currentTerm' = [currentTerm EXCEPT ![s] = newTerm]
        /\ role' = [role EXCEPT ![s] = IF higher THEN "Follower" ELSE @]
        /\ votedFor' = [votedFor EXCEPT ![s] = IF grant THEN m.src ELSE oldVote]
        /\ votesGranted' = [votesGranted EXCEPT ![s] = IF higher THEN {} ELSE @]
        /\ msgs' = IF grant
                     THEN msgs \cup {[type |-> "Vote", term |-> newTerm,
                                       src |-> s, dst |-> m.src]}
                     ELSE msgs

(* Candidate s counts a vote for its current term; stale votes are ignored. *)
HandleVote(s, m) ==
    /\ m \in msgs
    /\ m.type = "Vote"
    /\ m.dst = s
    /\ m.term = currentTerm[s]
    /\ role[s] = "Candidate"
    /\ m.src \notin votesGranted[s]
    /\ votesGranted' = [votesGranted EXCEPT ![s] = @ \cup {m.src}]
    /\ UNCHANGED <<currentTerm, role, votedFor, msgs>>

(* A candidate with votes from a majority becomes leader. *)
BecomeLeader(s) ==
    /\ role[s] = "Candidate"
    /\ votesGranted[s] \in Majority
    /\ role' = [role EXCEPT ![s] = "Leader"]
    /\ UNCHANGED <<currentTerm, votedFor, votesGranted, msgs>>

\* Message handlers range over the constant set Message (guarded by m \in msgs)
\* rather than over msgs itself: TLC then reports each step under the
\* handler's name instead of the whole disjunct of Next.
Next ==
    \/ \E s \in Server : Timeout(s)
    \/ \E m \in Message : HandleRequestVote(m.dst, m)
    \/ \E m \in Message : HandleVote(m.dst, m)
    \/ \E s \in Server : BecomeLeader(s)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

ElectionSafety ==
    \A s, t \in Server :
        (role[s] = "Leader" /\ role[t] = "Leader" /\ currentTerm[s] = currentTerm[t])
            => s = t

LeaderHasQuorum ==
    \A s \in Server : role[s] = "Leader" => votesGranted[s] \in Majority

\* No server grants its vote to two different candidates in the same term.
VotesAreUnique ==
    \A m1, m2 \in msgs :
        (/\ m1.type = "Vote" /\ m2.type = "Vote"
         /\ m1.src = m2.src /\ m1.term = m2.term) => m1.dst = m2.dst
=============================================================================
