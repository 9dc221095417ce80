---------------------------- MODULE ChannelPair ----------------------------
(* A relay: values arrive on one channel and leave on another, each a     *)
(* named instance of Channel with its own variable.                       *)
EXTENDS Naturals

CONSTANT Data
VARIABLES inCh, outCh, held

In == INSTANCE Channel WITH chan <- inCh
Out == INSTANCE Channel WITH chan <- outCh

NoValue == CHOOSE v : v \notin Data

vars == <<inCh, outCh, held>>

Init == In!Init /\ Out!Init /\ held = NoValue

Arrive(d) == In!Send(d) /\ UNCHANGED <<outCh, held>>
Take == held = NoValue /\ In!Rcv /\ held' = inCh.val /\ UNCHANGED outCh
Forward == held # NoValue /\ Out!Send(held) /\ held' = NoValue /\ UNCHANGED inCh
Deliver == Out!Rcv /\ UNCHANGED <<inCh, held>>

Next == (\E d \in Data : Arrive(d)) \/ Take \/ Forward \/ Deliver

Spec == Init /\ [][Next]_vars

TypeOK == In!TypeInvariant /\ Out!TypeInvariant /\ held \in Data \cup {NoValue}
=============================================================================
