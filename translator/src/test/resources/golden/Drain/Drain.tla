------------------------------- MODULE Drain -------------------------------
(* Nodes send from their outboxes; a flush refills them only when no node can send (ENABLED over a
   quantified action in a guard), a node polls when it cannot send itself (ENABLED of the action for
   its own parameter) and records whether a flush could run (ENABLED in an effect). *)
EXTENDS Naturals

CONSTANTS Node, Batch

VARIABLES outbox, flushable

TypeOK == outbox \in [Node -> 0..Batch] /\ flushable \in BOOLEAN

Init == outbox = [n \in Node |-> Batch] /\ flushable = FALSE

Send(n) ==
    /\ outbox[n] > 0
    /\ outbox' = [outbox EXCEPT ![n] = @ - 1]
    /\ UNCHANGED flushable

Flush ==
    /\ ~ENABLED (\E n \in Node : Send(n))
    /\ outbox' = [n \in Node |-> Batch]
    /\ UNCHANGED flushable

Poll(n) ==
    /\ ~ENABLED Send(n)
    /\ flushable' = ENABLED Flush
    /\ UNCHANGED outbox

Next == (\E n \in Node : Send(n)) \/ Flush \/ (\E n \in Node : Poll(n))

\* A state where no step is possible is a deadlock.
CanStep == ENABLED Next
=============================================================================
