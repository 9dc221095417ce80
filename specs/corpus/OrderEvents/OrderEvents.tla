---------------------------- MODULE OrderEvents ----------------------------
(* An order service publishing events to a log: the events are a union of *)
(* record shapes (placed, paid, shipped, cancelled) in a sequence.        *)
EXTENDS Naturals, Sequences

CONSTANTS Order

VARIABLES status, events

vars == <<status, events>>

Event ==
       [kind : {"placed"}, order : Order, items : 1..2]
  \cup [kind : {"paid"}, order : Order, amount : 1..4]
  \cup [kind : {"shipped", "cancelled"}, order : Order]

TypeOK ==
  /\ status \in [Order -> {"none", "placed", "paid", "shipped", "cancelled"}]
  /\ events \in Seq(Event)

Init == status = [o \in Order |-> "none"] /\ events = <<>>

Place(o, n) ==
  /\ status[o] = "none"
  /\ status' = [status EXCEPT ![o] = "placed"]
  /\ events' = Append(events, [kind |-> "placed", order |-> o, items |-> n])

Pay(o) ==
  /\ status[o] = "placed"
  /\ LET placed == CHOOSE i \in 1..Len(events) : events[i].kind = "placed" /\ events[i].order = o
     IN events' = Append(events, [kind |-> "paid", order |-> o, amount |-> 2 * events[placed].items])
  /\ status' = [status EXCEPT ![o] = "paid"]

Ship(o) ==
  /\ status[o] = "paid"
  /\ status' = [status EXCEPT ![o] = "shipped"]
  /\ events' = Append(events, [kind |-> "shipped", order |-> o])

Cancel(o) ==
  /\ status[o] = "placed"
  /\ status' = [status EXCEPT ![o] = "cancelled"]
  /\ events' = Append(events, [kind |-> "cancelled", order |-> o])

Next == \E o \in Order : Ship(o) \/ Cancel(o) \/ Pay(o) \/ \E n \in 1..2 : Place(o, n)

Spec == Init /\ [][Next]_vars

PaidAfterPlaced == \A i \in 1..Len(events) :
  events[i].kind = "paid" => \E j \in 1..(i - 1) : events[j].kind = "placed" /\ events[j].order = events[i].order
=============================================================================
