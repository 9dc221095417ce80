---- MODULE Peterson ----
(* Peterson's mutual exclusion for two threads. *)
CONSTANT Threads
VARIABLES flag, turn, pc
vars == <<flag, turn, pc>>
Other(t) == CHOOSE o \in Threads : o /= t
Init == flag = [t \in Threads |-> FALSE] /\ turn \in Threads /\ pc = [t \in Threads |-> "idle"]
Want(t) == pc[t] = "idle" /\ flag' = [flag EXCEPT ![t] = TRUE] /\ turn' = Other(t)
           /\ pc' = [pc EXCEPT ![t] = "waiting"]
Enter(t) == pc[t] = "waiting" /\ (~flag[Other(t)] \/ turn = t) /\ pc' = [pc EXCEPT ![t] = "critical"]
            /\ UNCHANGED <<flag, turn>>
Leave(t) == pc[t] = "critical" /\ flag' = [flag EXCEPT ![t] = FALSE] /\ pc' = [pc EXCEPT ![t] = "idle"]
            /\ UNCHANGED turn
Next == \E t \in Threads : Want(t) \/ Enter(t) \/ Leave(t)
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
MutualExclusion == \A t, o \in Threads : t /= o => ~(pc[t] = "critical" /\ pc[o] = "critical")
NoStarvation == \A t \in Threads : pc[t] = "waiting" ~> pc[t] = "critical"
====
