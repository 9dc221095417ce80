----------------------------- MODULE MessageQueueNoDedup -----------------------------
(***************************************************************************)
(* BUGGY message queue (refuted by TLC: safety violation).                 *)
(* Same as MessageQueue, but the consumer does not deduplicate: a message  *)
(* that is delivered again after its acknowledgement was lost is applied a *)
(* second time. At-least-once delivery without deduplication is not        *)
(* exactly-once processing.                                                *)
(*                                                                         *)
(* Constants:                                                              *)
(*   MsgId  the ids of the messages the producer publishes (e.g. {m1}).    *)
(*                                                                         *)
(* Checked: TypeOK; ExactlyOnceEffect -- violated (TLC exit code 12).      *)
(***************************************************************************)
EXTENDS Sequences

CONSTANT MsgId

VARIABLES
    published,  \* ids the producer has published
    pending,    \* ids the broker still holds (not yet acknowledged)
    inflight,   \* deliveries on their way to the consumer
    acks,       \* acknowledgements on their way to the broker
    seen,       \* ids the consumer has processed (its deduplication table)
    processed   \* the consumer's effects, in order

vars == <<published, pending, inflight, acks, seen, processed>>

TypeOK ==
    /\ published \in SUBSET MsgId
    /\ pending \in SUBSET MsgId
    /\ inflight \in SUBSET MsgId
    /\ acks \in SUBSET MsgId
    /\ seen \in SUBSET MsgId
    /\ processed \in Seq(MsgId)

Init ==
    /\ published = {}
    /\ pending = {}
    /\ inflight = {}
    /\ acks = {}
    /\ seen = {}
    /\ processed = <<>>

-----------------------------------------------------------------------------
Publish(m) ==
    /\ m \notin published
    /\ published' = published \cup {m}
    /\ pending' = pending \cup {m}
    /\ UNCHANGED <<inflight, acks, seen, processed>>

(* The broker (re)delivers an unacknowledged message. *)
Deliver(m) ==
    /\ m \in pending
    /\ m \notin inflight
    /\ inflight' = inflight \cup {m}
    /\ UNCHANGED <<published, pending, acks, seen, processed>>

(* The network loses a delivery or an acknowledgement. *)
LoseDelivery(m) ==
    /\ m \in inflight
    /\ inflight' = inflight \ {m}
    /\ UNCHANGED <<published, pending, acks, seen, processed>>

LoseAck(m) ==
    /\ m \in acks
    /\ acks' = acks \ {m}
    /\ UNCHANGED <<published, pending, inflight, seen, processed>>

(* The consumer takes a delivery, applies it and acknowledges it. *)
Consume(m) ==
    /\ m \in inflight
    /\ inflight' = inflight \ {m}
    \* BUG: no duplicate check against seen
    /\ seen' = seen \cup {m}
    /\ processed' = Append(processed, m)
    /\ acks' = acks \cup {m}
    /\ UNCHANGED <<published, pending>>

(* The broker receives an acknowledgement and forgets the message. *)
ReceiveAck(m) ==
    /\ m \in acks
    /\ acks' = acks \ {m}
    /\ pending' = pending \ {m}
    /\ UNCHANGED <<published, inflight, seen, processed>>

\* Everything is published and acknowledged: allow stuttering.
Done ==
    /\ published = MsgId
    /\ pending = {} /\ inflight = {} /\ acks = {}
    /\ UNCHANGED vars

Next ==
    \/ \E m \in MsgId : Publish(m)
    \/ \E m \in MsgId : Deliver(m)
    \/ \E m \in MsgId : LoseDelivery(m)
    \/ \E m \in MsgId : LoseAck(m)
    \/ \E m \in MsgId : Consume(m)
    \/ \E m \in MsgId : ReceiveAck(m)
    \/ Done

Fairness ==
    \A m \in MsgId :
        /\ WF_vars(Publish(m))
        /\ WF_vars(Deliver(m))
        /\ SF_vars(Consume(m))
        /\ SF_vars(ReceiveAck(m))

Spec == Init /\ [][Next]_vars /\ Fairness

-----------------------------------------------------------------------------
(* Properties *)

ExactlyOnceEffect ==
    \A i, j \in DOMAIN processed : i # j => processed[i] # processed[j]

OnlyPublishedProcessed ==
    \A i \in DOMAIN processed : processed[i] \in published

AckedWasProcessed == \A m \in acks \cup (published \ pending) : m \in seen

EventuallyProcessed == \A m \in MsgId : (m \in published) ~> (m \in seen)

EventuallyAcked == \A m \in MsgId : (m \in published) ~> (m \notin pending)
=============================================================================
