----------------------------- MODULE ReplicatedKV -----------------------------
(***************************************************************************)
(* A replicated key-value store with one leader and several followers.     *)
(* Clients write to the leader, which appends each write to its log and    *)
(* ships log entries to the followers one at a time; a follower applies an *)
(* entry only if it is the next one it expects and acknowledges it. The    *)
(* leader commits an entry once a majority of replicas (itself included)   *)
(* hold it, and only committed values are visible to readers of the        *)
(* leader. The network is a set: messages may be reordered or duplicated.  *)
(*                                                                         *)
(* Constants:                                                              *)
(*   Follower  the follower replicas (model values, e.g. {f1, f2}).        *)
(*   Key       the keys (e.g. {k1, k2}).                                   *)
(*   Value     the values a client may write (e.g. {v1, v2}).              *)
(*   MaxLog    bound on the number of writes, to keep the model finite.    *)
(*   NoValue   a model value: the value of a key never written.            *)
(*                                                                         *)
(* Checked: TypeOK; FollowerIsPrefix (each follower's store is the leader's *)
(* log applied up to the follower's index); CommittedIsReplicated (every   *)
(* committed entry is held by a majority); AckedIsApplied. Liveness        *)
(* (weak fairness): every write is eventually committed, and every         *)
(* follower eventually catches up with the leader's log.                   *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Follower, Key, Value, MaxLog, NoValue

ASSUME MaxLog \in Nat /\ NoValue \notin Value

Entry == [key : Key, val : Value]

Index == 0..MaxLog

Message ==
         [type : {"Append"}, dst : Follower, idx : 1..MaxLog, entry : Entry]
    \cup [type : {"Ack"}, src : Follower, idx : 1..MaxLog]

VARIABLES
    log,          \* the leader's log of writes
    commitIndex,  \* entries 1..commitIndex are committed
    matchIndex,   \* matchIndex[f]: highest index the leader knows f holds
    applied,      \* applied[f]: number of log entries follower f applied
    store,        \* store[f]: follower f's key-value map
    msgs          \* messages in the network

vars == <<log, commitIndex, matchIndex, applied, store, msgs>>

\* The key-value map obtained by applying the writes in sequence s.
RECURSIVE ApplyLog(_)
ApplyLog(s) ==
    IF s = <<>> THEN [k \in Key |-> NoValue]
    ELSE LET prev == ApplyLog(SubSeq(s, 1, Len(s) - 1))
             e == s[Len(s)]
         IN  [prev EXCEPT ![e.key] = e.val]

\* What a client reading from the leader sees: the committed writes only.
LeaderView == ApplyLog(SubSeq(log, 1, commitIndex))

TypeOK ==
    /\ log \in Seq(Entry) /\ Len(log) <= MaxLog
    /\ commitIndex \in Index
    /\ matchIndex \in [Follower -> Index]
    /\ applied \in [Follower -> Index]
    /\ store \in [Follower -> [Key -> Value \cup {NoValue}]]
    /\ msgs \in SUBSET Message

Init ==
    /\ log = <<>>
    /\ commitIndex = 0
    /\ matchIndex = [f \in Follower |-> 0]
    /\ applied = [f \in Follower |-> 0]
    /\ store = [f \in Follower |-> [k \in Key |-> NoValue]]
    /\ msgs = {}

-----------------------------------------------------------------------------
(* A client writes v under key k at the leader. *)
Put(k, v) ==
    /\ Len(log) < MaxLog
    /\ log' = Append(log, [key |-> k, val |-> v])
    /\ UNCHANGED <<commitIndex, matchIndex, applied, store, msgs>>

(* The leader sends follower f the first entry f has not acknowledged. *)
SendAppend(f) ==
    LET i == matchIndex[f] + 1
        m == [type |-> "Append", dst |-> f, idx |-> i, entry |-> log[i]]
    IN  /\ i <= Len(log)
        /\ m \notin msgs
        /\ msgs' = msgs \cup {m}
        /\ UNCHANGED <<log, commitIndex, matchIndex, applied, store>>

(* Follower f applies the entry it expects next and acknowledges it. *)
ReceiveAppend(f, m) ==
    /\ m \in msgs
    /\ m.type = "Append"
    /\ m.dst = f
    /\ m.idx = applied[f] + 1
    /\ applied' = [applied EXCEPT ![f] = m.idx]
    /\ store' = [store EXCEPT ![f][m.entry.key] = m.entry.val]
    /\ msgs' = (msgs \ {m}) \cup {[type |-> "Ack", src |-> f, idx |-> m.idx]}
    /\ UNCHANGED <<log, commitIndex, matchIndex>>

(* A duplicate or out-of-date append is dropped. *)
DropStaleAppend(f, m) ==
    /\ m \in msgs
    /\ m.type = "Append"
    /\ m.dst = f
    /\ m.idx <= applied[f]
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<log, commitIndex, matchIndex, applied, store>>

(* The leader records an acknowledgement. *)
ReceiveAck(m) ==
    /\ m \in msgs
    /\ m.type = "Ack"
    /\ matchIndex' = [matchIndex EXCEPT ![m.src] =
                         IF m.idx > @ THEN m.idx ELSE @]
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<log, commitIndex, applied, store>>

(* The leader commits the longest prefix held by a majority of replicas. *)
AdvanceCommit ==
    LET Holders(i) == {f \in Follower : matchIndex[f] >= i}
        \* the leader holds every entry, so it counts as one more replica
        Committable(i) == 2 * (Cardinality(Holders(i)) + 1) > Cardinality(Follower) + 1
        newCommit == CHOOSE i \in commitIndex..Len(log) :
                        /\ Committable(i)
                        /\ \A j \in i..Len(log) : Committable(j) => j = i
    IN  /\ \E i \in (commitIndex + 1)..Len(log) : Committable(i)
        /\ commitIndex' = newCommit
        /\ UNCHANGED <<log, matchIndex, applied, store, msgs>>

\* Message handlers range over the constant set Message (guarded by m \in msgs)
\* rather than over msgs itself: TLC then reports each step under the
\* handler's name instead of the whole disjunct of Next.
Next ==
    \/ \E k \in Key, v \in Value : Put(k, v)
    \/ \E f \in Follower : SendAppend(f)
    \/ \E f \in Follower, m \in Message : ReceiveAppend(f, m)
    \/ \E f \in Follower, m \in Message : DropStaleAppend(f, m)
    \/ \E m \in Message : ReceiveAck(m)
    \/ AdvanceCommit

Fairness ==
    /\ \A f \in Follower : WF_vars(SendAppend(f))
    /\ \A f \in Follower : WF_vars(\E m \in msgs : ReceiveAppend(f, m))
    /\ \A f \in Follower : WF_vars(\E m \in msgs : DropStaleAppend(f, m))
    /\ WF_vars(\E m \in msgs : ReceiveAck(m))
    /\ WF_vars(AdvanceCommit)

Spec == Init /\ [][Next]_vars /\ Fairness

-----------------------------------------------------------------------------
(* Properties *)

FollowerIsPrefix ==
    \A f \in Follower :
        /\ applied[f] <= Len(log)
        /\ store[f] = ApplyLog(SubSeq(log, 1, applied[f]))

CommittedIsReplicated ==
    /\ commitIndex <= Len(log)
    /\ 2 * (Cardinality({f \in Follower : applied[f] >= commitIndex}) + 1)
           > Cardinality(Follower) + 1

AckedIsApplied == \A f \in Follower : matchIndex[f] <= applied[f]

EveryWriteCommits == \A i \in 1..MaxLog : (Len(log) >= i) ~> (commitIndex >= i)

FollowersCatchUp == \A i \in 1..MaxLog : (Len(log) >= i) ~> (\A f \in Follower : applied[f] >= i)
=============================================================================
