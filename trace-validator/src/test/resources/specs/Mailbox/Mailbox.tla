---- MODULE Mailbox ----
(* Test spec: TLC cannot split "\E m \in inbox" (a state-dependent set) into one action per m,
   so Consume is not one of TLC's actions; logs still name it with its parameter. *)
EXTENDS Naturals, FiniteSets
VARIABLES inbox, done
Init == /\ inbox = {1, 2, 3}
        /\ done = {}
Consume(m) == /\ m \in inbox
              /\ inbox' = inbox \ {m}
              /\ done' = done \cup {m}
Refill == /\ inbox = {}
          /\ inbox' = done
          /\ done' = {}
Next == (\E m \in inbox : Consume(m)) \/ Refill
Spec == Init /\ [][Next]_<<inbox, done>>
====
