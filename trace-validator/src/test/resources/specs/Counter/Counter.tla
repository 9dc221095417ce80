---- MODULE Counter ----
(* Test spec for trace validation: per-node counters, a shared log of increments, and nodes
   that finish and reopen. Behaviours never end (Finish and Reopen alternate). *)
EXTENDS Naturals, Sequences, FiniteSets
CONSTANTS Nodes, Max
VARIABLES count, log, done
vars == <<count, log, done>>
Init == /\ count = [n \in Nodes |-> 0]
        /\ log = <<>>
        /\ done = {}
Inc(n) == /\ count[n] < Max
          /\ n \notin done
          /\ count' = [count EXCEPT ![n] = @ + 1]
          /\ log' = Append(log, n)
          /\ UNCHANGED done
Finish(n) == /\ n \notin done
             /\ done' = done \cup {n}
             /\ UNCHANGED <<count, log>>
Reopen(n) == /\ n \in done
             /\ done' = done \ {n}
             /\ UNCHANGED <<count, log>>
Next == \E n \in Nodes : Inc(n) \/ Finish(n) \/ Reopen(n)
Spec == Init /\ [][Next]_vars
====
