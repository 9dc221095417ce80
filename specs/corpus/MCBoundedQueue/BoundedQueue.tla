---- MODULE BoundedQueue ----
(* A bounded FIFO queue between producers and consumers. *)
EXTENDS Naturals, Sequences
CONSTANTS Capacity, Producers, Consumers, Items
VARIABLES queue, taken
vars == <<queue, taken>>
Init == queue = << >> /\ taken = [c \in Consumers |-> << >>]
Put(p, x) == Len(queue) < Capacity /\ queue' = Append(queue, x) /\ UNCHANGED taken
Take(c) == queue /= << >> /\ queue' = Tail(queue) /\ taken' = [taken EXCEPT ![c] = Append(@, Head(queue))]
Next == (\E p \in Producers, x \in Items : Put(p, x)) \/ (\E c \in Consumers : Take(c))
Spec == Init /\ [][Next]_vars
TypeOK == Len(queue) <= Capacity /\ DOMAIN taken = Consumers
====
