----------------------------- MODULE AppendLog -----------------------------
(* A leader appends entries (records) to its log; a follower copies the    *)
(* next missing entry; both logs are sequences of records.                 *)
EXTENDS Naturals, Sequences

CONSTANTS Value, MaxLen, Term

VARIABLES leaderLog, followerLog, term

vars == <<leaderLog, followerLog, term>>

Entry == [term : Term, value : Value]

TypeOK ==
  /\ leaderLog \in Seq(Entry)
  /\ followerLog \in Seq(Entry)
  /\ term \in Term

Init == leaderLog = <<>> /\ followerLog = <<>> /\ term = 1

AppendEntry(v) ==
  /\ Len(leaderLog) < MaxLen
  /\ leaderLog' = Append(leaderLog, [term |-> term, value |-> v])
  /\ UNCHANGED <<followerLog, term>>

Replicate ==
  /\ Len(followerLog) < Len(leaderLog)
  /\ followerLog' = Append(followerLog, leaderLog[Len(followerLog) + 1])
  /\ UNCHANGED <<leaderLog, term>>

NewTerm ==
  /\ term + 1 \in Term
  /\ term' = term + 1
  /\ UNCHANGED <<leaderLog, followerLog>>

Truncate ==
  /\ Len(leaderLog) = MaxLen
  /\ followerLog = leaderLog
  /\ leaderLog' = SubSeq(leaderLog, 2, Len(leaderLog))
  /\ followerLog' = Tail(followerLog)
  /\ UNCHANGED term

Next == (\E v \in Value : AppendEntry(v)) \/ Replicate \/ NewTerm \/ Truncate

Spec == Init /\ [][Next]_vars

Prefix == /\ Len(followerLog) <= Len(leaderLog)
          /\ \A i \in 1..Len(followerLog) : followerLog[i] = leaderLog[i]
=============================================================================
