---- MODULE Channel ----
(* An asynchronous interface channel (after Specifying Systems, chapter 3). *)
EXTENDS Naturals
CONSTANT Data
VARIABLE chan
TypeInvariant == chan \in [val : Data, rdy : {0, 1}, ack : {0, 1}]
Init == /\ TypeInvariant
        /\ chan.ack = chan.rdy
Send(d) == /\ chan.rdy = chan.ack
           /\ chan' = [chan EXCEPT !.val = d, !.rdy = 1 - @]
Rcv == /\ chan.rdy /= chan.ack
       /\ chan' = [chan EXCEPT !.ack = 1 - @]
====
