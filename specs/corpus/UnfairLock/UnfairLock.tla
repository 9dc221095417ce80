---- MODULE UnfairLock ----
(* A lock granted to any waiting client, with weak fairness on granting only: a client may *)
(* wait forever while others keep getting the lock (a liveness failure, exit 13).          *)
CONSTANT Clients
VARIABLES owner, waiting
vars == <<owner, waiting>>
None == "none"
Init == owner = None /\ waiting = {}
Request(c) == c \notin waiting /\ c /= owner /\ waiting' = waiting \cup {c} /\ UNCHANGED owner
Grant == owner = None /\ \E c \in waiting : owner' = c /\ waiting' = waiting \ {c}
Release == owner /= None /\ owner' = None /\ UNCHANGED waiting
Next == Grant \/ Release \/ \E c \in Clients : Request(c)
Spec == Init /\ [][Next]_vars /\ WF_vars(Grant) /\ WF_vars(Release)
EveryWaiterServed == \A c \in Clients : c \in waiting ~> owner = c
====
