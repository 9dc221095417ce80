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
(* VotesAreUnique (a server's granted vote is recorded only once per term). *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Server, MaxTerm, Nil

ASSUME MaxTerm \in Nat /\ Nil \notin Server

Term == 0..MaxTerm

Majority == {Q \in SUBSET Server : 2 * Cardinality(Q) > Cardinality(Server)}

Message ==
         [type : {"RequestVote"}, term : Term, src : Server, dst : Server]
    \cup [type : {"Vote"}, term : Term, src : Server, dst : Server,
          granted : BOOLEAN]

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

(* Server s handles a vote request m: it adopts a higher term, then grants *)
(* its vote if the term matches and it has not voted for someone else.     *)
HandleRequestVote(s, m) ==
    LET newTerm == IF m.term > currentTerm[s] THEN m.term ELSE currentTerm[s]
        oldVote == IF m.term > currentTerm[s] THEN Nil ELSE votedFor[s]
        grant   == m.term = newTerm /\ oldVote \in {Nil, m.src}
        reply   == [type |-> "Vote", term |-> newTerm, src |-> s,
                    dst |-> m.src, granted |-> grant]
    IN  /\ m.type = "RequestVote"
        /\ m.dst = s
        /\ reply \notin msgs
        /\ currentTerm' = [currentTerm EXCEPT ![s] = newTerm]
        /\ role' = [role EXCEPT ![s] = IF m.term > currentTerm[s]
                                         THEN "Follower" ELSE @]
        /\ votedFor' = [votedFor EXCEPT ![s] = IF grant THEN m.src ELSE oldVote]
        /\ votesGranted' = [votesGranted EXCEPT ![s] = IF m.term > currentTerm[s]
                                                         THEN {} ELSE @]
        /\ msgs' = msgs \cup {reply}

(* Server s receives a vote reply m. *)
HandleVote(s, m) ==
    /\ m.type = "Vote"
    /\ m.dst = s
    /\ \/ /\ m.term > currentTerm[s]           \* stale: step down
          /\ currentTerm' = [currentTerm EXCEPT ![s] = m.term]
          /\ role' = [role EXCEPT ![s] = "Follower"]
          /\ votedFor' = [votedFor EXCEPT ![s] = Nil]
          /\ votesGranted' = [votesGranted EXCEPT ![s] = {}]
       \/ /\ m.term = currentTerm[s]
          /\ role[s] = "Candidate"
          /\ m.granted
          /\ m.src \notin votesGranted[s]
          /\ votesGranted' = [votesGranted EXCEPT ![s] = @ \cup {m.src}]
          /\ UNCHANGED <<currentTerm, role, votedFor>>
    /\ UNCHANGED msgs

(* A candidate with votes from a majority becomes leader. *)
BecomeLeader(s) ==
    /\ role[s] = "Candidate"
    /\ votesGranted[s] \in Majority
    /\ role' = [role EXCEPT ![s] = "Leader"]
    /\ UNCHANGED <<currentTerm, votedFor, votesGranted, msgs>>

Next ==
    \/ \E s \in Server : Timeout(s)
    \/ \E s \in Server, m \in msgs : HandleRequestVote(s, m)
    \/ \E s \in Server, m \in msgs : HandleVote(s, m)
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

\* Every granted vote in the network for term t comes from a server that
\* voted, in term t, for exactly that candidate (or has moved to a later term).
VotesAreUnique ==
    \A m1, m2 \in msgs :
        (/\ m1.type = "Vote" /\ m2.type = "Vote" /\ m1.granted /\ m2.granted
         /\ m1.src = m2.src /\ m1.term = m2.term) => m1.dst = m2.dst
=============================================================================
