-------------------------- MODULE ReplicaLogRecords --------------------------
(***************************************************************************)
(* A primary queues client writes and replicates them, in order, into each *)
(* replica's log. The queue and the logs are sequences of records.         *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS Replica, Key, MaxLen

VARIABLES pending, log, epoch

Write == [key : Key, val : 0..1]
Entry == [epoch : 1..2, key : Key, val : 0..1]

TypeOK ==
    /\ pending \in Seq(Write)
    /\ log \in [Replica -> Seq(Entry)]
    /\ epoch \in 1..2

Init ==
    /\ pending = <<>>
    /\ log = [r \in Replica |-> <<>>]
    /\ epoch = 1

Propose(k, v) ==
    /\ Len(pending) < MaxLen
    /\ pending' = Append(pending, [key |-> k, val |-> v])
    /\ UNCHANGED <<log, epoch>>

Replicate(r) ==
    /\ pending # <<>>
    /\ Len(log[r]) < MaxLen
    /\ log' = [log EXCEPT ![r] = Append(@, [epoch |-> epoch, key |-> Head(pending).key,
                                             val |-> Head(pending).val])]
    /\ pending' = IF \A q \in Replica \ {r} : Len(log[q]) > Len(log[r]) THEN Tail(pending) ELSE pending
    /\ UNCHANGED epoch

NewEpoch ==
    /\ epoch = 1
    /\ pending = <<>>
    /\ epoch' = 2
    /\ UNCHANGED <<pending, log>>

Next ==
    \/ \E k \in Key, v \in 0..1 : Propose(k, v)
    \/ \E r \in Replica : Replicate(r)
    \/ NewEpoch

Spec == Init /\ [][Next]_<<pending, log, epoch>>

EpochsNeverDecrease ==
    \A r \in Replica : \A i \in 1..Len(log[r]) - 1 : log[r][i].epoch <= log[r][i + 1].epoch
=============================================================================
