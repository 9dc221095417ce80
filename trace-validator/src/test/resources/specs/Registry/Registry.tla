---- MODULE Registry ----
\* Nodes claim a slot once each; every kind of value a witness state can hold: strings, records,
\* functions over model values, sequences of records, model values.
EXTENDS Naturals, Sequences
CONSTANTS Node, Nil
VARIABLES label, owner, queue, last, steps

vars == <<label, owner, queue, last, steps>>

Init == /\ label = "idle"
        /\ owner = [n \in Node |-> Nil]
        /\ queue = <<>>
        /\ last = [who |-> Nil, what |-> "none"]
        /\ steps = 0

Claim(n) == /\ owner[n] = Nil
            /\ owner' = [owner EXCEPT ![n] = n]
            /\ queue' = Append(queue, [who |-> n, tag |-> "claim"])
            /\ last' = [who |-> n, what |-> "claim"]
            /\ label' = "busy"
            /\ steps' = steps + 1

Next == \E n \in Node : Claim(n)

Spec == Init /\ [][Next]_vars
====
