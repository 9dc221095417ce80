---- MODULE Messages ----
(* A tiny replication protocol whose messages are a union of record sets told apart by "type". *)
EXTENDS Naturals, Sequences
CONSTANTS Node, Nil
VARIABLES msgs, log, leader, last

Entry == [term : 0..2, op : {"put", "del"}]

Message ==
         [type : {"Ping"}, from : Node]
    \cup [type : {"Append"}, from : Node, entries : Seq(Entry)]
    \cup [type : {"Reset", "Stop"}]

NetTypeOK ==
    /\ msgs \subseteq Message
    /\ log \in [Node -> Seq(Entry)]
    /\ leader \in Node \cup {Nil}
    /\ last \in [Node -> Message \cup {Nil}]

Init ==
    /\ msgs = {}
    /\ log = [n \in Node |-> <<>>]
    /\ leader = Nil
    /\ last = [n \in Node |-> Nil]

Ping(n) ==
    /\ msgs' = msgs \cup {[type |-> "Ping", from |-> n]}
    /\ UNCHANGED <<log, leader, last>>

Elect(n) ==
    /\ leader = Nil
    /\ leader' = n
    /\ UNCHANGED <<msgs, log, last>>

Write(op) ==
    /\ leader # Nil
    /\ Len(log[leader]) < 2
    /\ log' = [log EXCEPT ![leader] = Append(@, [term |-> 1, op |-> op])]
    /\ msgs' = msgs \cup {[type |-> "Append", from |-> leader, entries |-> log'[leader]]}
    /\ UNCHANGED <<leader, last>>

Receive(n, m) ==
    /\ m.type # "Ping" => m.from # n
    /\ last' = [last EXCEPT ![n] = m]
    /\ UNCHANGED <<msgs, log, leader>>

Stop ==
    /\ msgs' = msgs \cup {[type |-> "Stop"]}
    /\ leader' = Nil
    /\ UNCHANGED <<log, last>>

Next ==
    \/ \E n \in Node : Ping(n) \/ Elect(n)
    \/ \E op \in {"put", "del"} : Write(op)
    \/ \E n \in Node, m \in msgs : Receive(n, m)
    \/ Stop

====
