------------------------- MODULE DepthBoundedRetry -------------------------
(***************************************************************************)
(* A client sends requests over a channel that may lose them and resends  *)
(* each until the server acknowledges it. Retries are unbounded in the     *)
(* protocol; the model keeps TLC's search finite the way many real models  *)
(* do, by reading the behaviour's depth with TLCGet("level") in the guard  *)
(* of the send, instead of adding a counter variable to the state.         *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, TLC

CONSTANTS Requests,  \* the requests the client must get acknowledged
          MaxDepth   \* the longest behaviour the model explores

VARIABLES inflight,  \* requests on the wire
          acked,     \* requests the server acknowledged
          sends      \* how many times the client sent (first sends and retries)

vars == <<inflight, acked, sends>>

TypeOK ==
    /\ inflight \subseteq Requests
    /\ acked \subseteq Requests
    /\ sends \in Nat

Init ==
    /\ inflight = {}
    /\ acked = {}
    /\ sends = 0

Send(r) ==
    /\ TLCGet("level") < MaxDepth
    /\ r \notin acked
    /\ r \notin inflight
    /\ inflight' = inflight \cup {r}
    /\ sends' = sends + 1
    /\ UNCHANGED acked

Lose(r) ==
    /\ r \in inflight
    /\ inflight' = inflight \ {r}
    /\ UNCHANGED <<acked, sends>>

Ack(r) ==
    /\ r \in inflight
    /\ acked' = acked \cup {r}
    /\ inflight' = inflight \ {r}
    /\ UNCHANGED sends

\* every request acknowledged: the client is done
Finished ==
    /\ acked = Requests
    /\ UNCHANGED vars

Next ==
    \/ \E r \in Requests : Send(r) \/ Lose(r) \/ Ack(r)
    \/ Finished

\* each step sends at most once, so the sends never outnumber the steps
SendsWithinDepth == sends <= TLCGet("level")

\* a request is acknowledged only after it was sent
AckedWereSent == Cardinality(acked) <= sends
=============================================================================
