---- MODULE Relay ----
(* Nodes send numbered notes to each other over FIFO channels, one per   *)
(* ordered pair of nodes (a function of channels), and count what they   *)
(* sent and took. A test spec for mapping rules over a channel network.  *)
EXTENDS Naturals, Sequences
CONSTANTS Node, Limit
VARIABLES chan, sent, taken

Init == /\ chan = [p \in Node \X Node |-> <<>>]
        /\ sent = [n \in Node |-> 0]
        /\ taken = [n \in Node |-> 0]

Send(s, t) == /\ s # t
              /\ sent[s] < Limit
              /\ chan' = [chan EXCEPT ![<<s, t>>] = Append(@, [from |-> s, seq |-> sent[s]])]
              /\ sent' = [sent EXCEPT ![s] = @ + 1]
              /\ UNCHANGED taken

Take(s, t) == /\ chan[<<s, t>>] # <<>>
              /\ chan' = [chan EXCEPT ![<<s, t>>] = Tail(@)]
              /\ taken' = [taken EXCEPT ![t] = @ + 1]
              /\ UNCHANGED sent

Next == \E s, t \in Node : Send(s, t) \/ Take(s, t)
====
