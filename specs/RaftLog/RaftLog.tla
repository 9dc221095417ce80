------------------------------- MODULE RaftLog -------------------------------
(***************************************************************************)
(* Raft with log replication (Ongaro and Ousterhout, "In Search of an      *)
(* Understandable Consensus Algorithm", sections 5.2-5.4), written the way *)
(* per-node implementations log it: every action is one server's step, and *)
(* every message travels through a bag (a function message -> copies), so  *)
(* a message is removed when it is handled or lost.                        *)
(*                                                                         *)
(* A server times out and becomes a candidate of the next term, asks each *)
(* peer for its vote (RequestVote), and becomes leader with votes from a   *)
(* majority. A leader appends client values to its log and sends each     *)
(* follower the entries from that follower's nextIndex on (AppendEntries, *)
(* a heartbeat when there are none); a follower whose log matches at the  *)
(* previous index takes them, else refuses and the leader backs up. The    *)
(* leader commits an entry of its term once a majority has it.            *)
(*                                                                         *)
(* Constants:                                                              *)
(*   Server      the servers (model values, e.g. {s1, s2, s3}).            *)
(*   Value       the values clients submit.                                *)
(*   Nil         a model value: "voted for nobody".                        *)
(*   MaxTerm, MaxLogLen, MaxMessages  bounds for model checking only,      *)
(*               used by the CONSTRAINT Bounds in the cfg (lockstep        *)
(*               validate ignores it, so logs may go beyond them).         *)
(*                                                                         *)
(* Checked: TypeOK; ElectionSafety (one leader per term); LogMatching (two *)
(* logs with an entry of the same index and term agree up to it);          *)
(* CommittedAgree (committed prefixes agree).                              *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS Server, Value, Nil, MaxTerm, MaxLogLen, MaxMessages

ASSUME Nil \notin Server

VARIABLES
    currentTerm,   \* currentTerm[s]: the latest term s has seen
    state,         \* state[s]: "Follower", "Candidate" or "Leader"
    votedFor,      \* votedFor[s]: whom s voted for in currentTerm[s], or Nil
    votesGranted,  \* votesGranted[s]: who voted for candidate s
    log,           \* log[s]: a sequence of [term, value] entries
    commitIndex,   \* commitIndex[s]: the highest index s knows committed
    nextIndex,     \* nextIndex[s][t]: the next entry leader s sends t
    matchIndex,    \* matchIndex[s][t]: the highest entry s knows t has
    messages       \* the network: message -> number of copies in flight

vars == <<currentTerm, state, votedFor, votesGranted, log, commitIndex, nextIndex, matchIndex, messages>>

Quorum == {Q \in SUBSET Server : 2 * Cardinality(Q) > Cardinality(Server)}

LastTerm(l) == IF l = <<>> THEN 0 ELSE l[Len(l)].term

Min(a, b) == IF a < b THEN a ELSE b
Max(a, b) == IF a > b THEN a ELSE b

\* The network as a bag.
Send(m) == messages' = IF m \in DOMAIN messages THEN [messages EXCEPT ![m] = @ + 1]
                                                ELSE messages @@ (m :> 1)
Discard(m) == IF messages[m] = 1 THEN [x \in DOMAIN messages \ {m} |-> messages[x]]
                                 ELSE [messages EXCEPT ![m] = @ - 1]
Reply(r, m) == messages' = LET rest == Discard(m) IN
                           IF r \in DOMAIN rest THEN [rest EXCEPT ![r] = @ + 1] ELSE rest @@ (r :> 1)

TypeOK ==
    /\ currentTerm \in [Server -> Nat]
    /\ state \in [Server -> {"Follower", "Candidate", "Leader"}]
    /\ votedFor \in [Server -> Server \cup {Nil}]
    /\ votesGranted \in [Server -> SUBSET Server]
    /\ \A s \in Server : log[s] \in Seq([term : Nat, value : Value])
    /\ commitIndex \in [Server -> Nat]
    /\ nextIndex \in [Server -> [Server -> Nat \ {0}]]
    /\ matchIndex \in [Server -> [Server -> Nat]]
    /\ \A m \in DOMAIN messages : messages[m] \in Nat \ {0}

Init ==
    /\ currentTerm = [s \in Server |-> 0]
    /\ state = [s \in Server |-> "Follower"]
    /\ votedFor = [s \in Server |-> Nil]
    /\ votesGranted = [s \in Server |-> {}]
    /\ log = [s \in Server |-> <<>>]
    /\ commitIndex = [s \in Server |-> 0]
    /\ nextIndex = [s \in Server |-> [t \in Server |-> 1]]
    /\ matchIndex = [s \in Server |-> [t \in Server |-> 0]]
    /\ messages = [m \in {} |-> 0]

-----------------------------------------------------------------------------
(* Server s times out and becomes a candidate of the next term. *)
Timeout(s) ==
    /\ state[s] \in {"Follower", "Candidate"}
    /\ currentTerm' = [currentTerm EXCEPT ![s] = @ + 1]
    /\ state' = [state EXCEPT ![s] = "Candidate"]
    /\ votedFor' = [votedFor EXCEPT ![s] = s]
    /\ votesGranted' = [votesGranted EXCEPT ![s] = {s}]
    /\ UNCHANGED <<log, commitIndex, nextIndex, matchIndex, messages>>

(* Candidate s asks t for its vote. *)
RequestVote(s, t) ==
    /\ s # t
    /\ state[s] = "Candidate"
    /\ Send([mtype |-> "RequestVoteRequest", mterm |-> currentTerm[s], mlastLogTerm |-> LastTerm(log[s]),
             mlastLogIndex |-> Len(log[s]), msource |-> s, mdest |-> t])
    /\ UNCHANGED <<currentTerm, state, votedFor, votesGranted, log, commitIndex, nextIndex, matchIndex>>

(* A candidate with votes from a quorum becomes leader. *)
BecomeLeader(s) ==
    /\ state[s] = "Candidate"
    /\ votesGranted[s] \in Quorum
    /\ state' = [state EXCEPT ![s] = "Leader"]
    /\ nextIndex' = [nextIndex EXCEPT ![s] = [t \in Server |-> Len(log[s]) + 1]]
    /\ matchIndex' = [matchIndex EXCEPT ![s] = [t \in Server |-> IF t = s THEN Len(log[s]) ELSE 0]]
    /\ UNCHANGED <<currentTerm, votedFor, votesGranted, log, commitIndex, messages>>

(* Leader s appends a client's value to its log. *)
ClientRequest(s, v) ==
    /\ state[s] = "Leader"
    /\ log' = [log EXCEPT ![s] = Append(@, [term |-> currentTerm[s], value |-> v])]
    /\ matchIndex' = [matchIndex EXCEPT ![s][s] = Len(log'[s])]
    /\ UNCHANGED <<currentTerm, state, votedFor, votesGranted, commitIndex, nextIndex, messages>>

(* Leader s sends t the entries range[1] .. range[2] - 1 of its log      *)
(* (none: a heartbeat), from t's nextIndex on.                           *)
AppendEntries(s, t, range) ==
    LET prev == range[1] - 1 IN
    /\ s # t
    /\ state[s] = "Leader"
    /\ range[1] = nextIndex[s][t]
    /\ range[1] <= range[2]
    /\ range[2] <= Len(log[s]) + 1
    /\ Send([mtype |-> "AppendEntriesRequest", mterm |-> currentTerm[s], mprevLogIndex |-> prev,
             mprevLogTerm |-> IF prev = 0 THEN 0 ELSE log[s][prev].term,
             mentries |-> SubSeq(log[s], range[1], range[2] - 1),
             mcommitIndex |-> Min(commitIndex[s], range[2] - 1), msource |-> s, mdest |-> t])
    /\ UNCHANGED <<currentTerm, state, votedFor, votesGranted, log, commitIndex, nextIndex, matchIndex>>

(* Leader s commits the highest index a quorum has, if it is of s's term. *)
AdvanceCommitIndex(s) ==
    LET agree(i) == {t \in Server : matchIndex[s][t] >= i}
        \* only indexes above the commit index matter (and keep this linear in the log's length)
        ok == {i \in commitIndex[s] + 1..Len(log[s]) : agree(i) \in Quorum /\ log[s][i].term = currentTerm[s]}
        best == CHOOSE i \in ok : \A j \in ok : j <= i
    IN  /\ state[s] = "Leader"
        /\ ok # {}
        /\ commitIndex' = [commitIndex EXCEPT ![s] = best]
        /\ UNCHANGED <<currentTerm, state, votedFor, votesGranted, log, nextIndex, matchIndex, messages>>

-----------------------------------------------------------------------------
(* Message handlers. A message of a higher term first makes s a follower *)
(* of that term (Raft's rule for every RPC), within the same step.        *)
NewTerm(s, m) == IF m.mterm > currentTerm[s] THEN m.mterm ELSE currentTerm[s]
NewVote(s, m) == IF m.mterm > currentTerm[s] THEN Nil ELSE votedFor[s]
NewState(s, m) == IF m.mterm > currentTerm[s] THEN "Follower" ELSE state[s]

HandleRequestVoteRequest(s, m) ==
    LET t     == m.msource
        term  == NewTerm(s, m)
        logOk == \/ m.mlastLogTerm > LastTerm(log[s])
                 \/ m.mlastLogTerm = LastTerm(log[s]) /\ m.mlastLogIndex >= Len(log[s])
        grant == m.mterm = term /\ logOk /\ NewVote(s, m) \in {Nil, t}
    IN  /\ m.mtype = "RequestVoteRequest"
        /\ m.mdest = s
        /\ currentTerm' = [currentTerm EXCEPT ![s] = term]
        /\ state' = [state EXCEPT ![s] = NewState(s, m)]
        /\ votedFor' = [votedFor EXCEPT ![s] = IF grant THEN t ELSE NewVote(s, m)]
        /\ Reply([mtype |-> "RequestVoteResponse", mterm |-> term, mvoteGranted |-> grant,
                  msource |-> s, mdest |-> t], m)
        /\ UNCHANGED <<votesGranted, log, commitIndex, nextIndex, matchIndex>>

HandleRequestVoteResponse(s, m) ==
    /\ m.mtype = "RequestVoteResponse"
    /\ m.mdest = s
    /\ currentTerm' = [currentTerm EXCEPT ![s] = NewTerm(s, m)]
    /\ state' = [state EXCEPT ![s] = NewState(s, m)]
    /\ votedFor' = [votedFor EXCEPT ![s] = NewVote(s, m)]
    /\ votesGranted' = [votesGranted EXCEPT ![s] =
           IF m.mterm = currentTerm[s] /\ m.mvoteGranted /\ state[s] = "Candidate" THEN @ \cup {m.msource} ELSE @]
    /\ messages' = Discard(m)
    /\ UNCHANGED <<log, commitIndex, nextIndex, matchIndex>>

HandleAppendEntriesRequest(s, m) ==
    LET t     == m.msource
        term  == NewTerm(s, m)
        prev  == m.mprevLogIndex
        logOk == prev = 0 \/ (prev <= Len(log[s]) /\ log[s][prev].term = m.mprevLogTerm)
        ok    == m.mterm = term /\ logOk
        taken == SubSeq(log[s], 1, prev) \o m.mentries
        \* entries it already has (a late duplicate) do not cut the log short
        new   == IF Len(log[s]) > Len(taken) /\ SubSeq(log[s], 1, Len(taken)) = taken THEN log[s] ELSE taken
    IN  /\ m.mtype = "AppendEntriesRequest"
        /\ m.mdest = s
        /\ currentTerm' = [currentTerm EXCEPT ![s] = term]
        /\ state' = [state EXCEPT ![s] = IF m.mterm = term THEN "Follower" ELSE @]
        /\ votedFor' = [votedFor EXCEPT ![s] = NewVote(s, m)]
        /\ log' = [log EXCEPT ![s] = IF ok THEN new ELSE @]
        /\ commitIndex' = [commitIndex EXCEPT ![s] =
               IF ok THEN Max(@, Min(m.mcommitIndex, prev + Len(m.mentries))) ELSE @]
        /\ Reply([mtype |-> "AppendEntriesResponse", mterm |-> term, msuccess |-> ok,
                  mmatchIndex |-> IF ok THEN prev + Len(m.mentries) ELSE 0, msource |-> s, mdest |-> t], m)
        /\ UNCHANGED <<votesGranted, nextIndex, matchIndex>>

HandleAppendEntriesResponse(s, m) ==
    LET t == m.msource
        current == m.mterm = currentTerm[s] /\ state[s] = "Leader"
    IN  /\ m.mtype = "AppendEntriesResponse"
        /\ m.mdest = s
        /\ currentTerm' = [currentTerm EXCEPT ![s] = NewTerm(s, m)]
        /\ state' = [state EXCEPT ![s] = NewState(s, m)]
        /\ votedFor' = [votedFor EXCEPT ![s] = NewVote(s, m)]
        /\ nextIndex' = [nextIndex EXCEPT ![s][t] =
               IF ~current THEN @ ELSE IF m.msuccess THEN m.mmatchIndex + 1 ELSE Max(@ - 1, 1)]
        /\ matchIndex' = [matchIndex EXCEPT ![s][t] =
               IF current /\ m.msuccess THEN Max(@, m.mmatchIndex) ELSE @]
        /\ messages' = Discard(m)
        /\ UNCHANGED <<votesGranted, log, commitIndex>>

(* The network loses a message. *)
DropMessage(m) ==
    /\ messages' = Discard(m)
    /\ UNCHANGED <<currentTerm, state, votedFor, votesGranted, log, commitIndex, nextIndex, matchIndex>>

-----------------------------------------------------------------------------
\* Handlers quantify over the messages in flight (the set depends on the state), so TLC names
\* their steps by the whole disjunct; lockstep validate binds m from the logged message.
Receive(s) ==
    \E m \in DOMAIN messages :
        /\ m.mdest = s
        /\ \/ HandleRequestVoteRequest(s, m)
           \/ HandleRequestVoteResponse(s, m)
           \/ HandleAppendEntriesRequest(s, m)
           \/ HandleAppendEntriesResponse(s, m)

Next ==
    \/ \E s \in Server : Timeout(s)
    \/ \E s, t \in Server : RequestVote(s, t)
    \/ \E s \in Server : BecomeLeader(s)
    \/ \E s \in Server, v \in Value : ClientRequest(s, v)
    \/ \E s, t \in Server : \E i \in 1..Len(log[s]) + 1 : AppendEntries(s, t, <<nextIndex[s][t], i>>)
    \/ \E s \in Server : AdvanceCommitIndex(s)
    \/ \E s \in Server : Receive(s)
    \/ \E m \in DOMAIN messages : DropMessage(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

ElectionSafety ==
    \A s, t \in Server : (state[s] = "Leader" /\ state[t] = "Leader" /\ currentTerm[s] = currentTerm[t]) => s = t

LogMatching ==
    \A s, t \in Server : \A i \in 1..Min(Len(log[s]), Len(log[t])) :
        log[s][i].term = log[t][i].term => SubSeq(log[s], 1, i) = SubSeq(log[t], 1, i)

CommittedAgree ==
    \A s, t \in Server : \A i \in 1..Min(Min(commitIndex[s], commitIndex[t]), Min(Len(log[s]), Len(log[t]))) :
        log[s][i] = log[t][i]

\* Model-checking bounds (cfg CONSTRAINT only).
Bounds ==
    /\ \A s \in Server : currentTerm[s] <= MaxTerm /\ Len(log[s]) <= MaxLogLen
    /\ \A m \in DOMAIN messages : messages[m] <= 1
    /\ Cardinality(DOMAIN messages) <= MaxMessages
=============================================================================
