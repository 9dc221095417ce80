---- MODULE InstanceChannel ----
(* Two channels in a pipeline, each an INSTANCE of Channel WITH a substitution for its data  *)
(* and its variable; the config assigns the constant the instances take their data from.    *)
CONSTANT Message
VARIABLES in, out
InChan == INSTANCE Channel WITH Data <- Message, chan <- in
OutChan == INSTANCE Channel WITH Data <- Message, chan <- out
Init == InChan!Init /\ OutChan!Init
Produce == \E m \in Message : InChan!Send(m) /\ UNCHANGED out
Forward == InChan!Rcv /\ OutChan!Send(in.val)
Consume == OutChan!Rcv /\ UNCHANGED in
Next == Produce \/ Forward \/ Consume
TypeOK == InChan!TypeInvariant /\ OutChan!TypeInvariant
====
