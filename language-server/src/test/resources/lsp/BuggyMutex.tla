---- MODULE BuggyMutex ----
\* A mutex where a process checks the others' flags before raising its own: two processes can
\* both pass the check and enter the critical section together.
EXTENDS Naturals
CONSTANTS Procs
VARIABLES pc, flag, entered

vars == <<pc, flag, entered>>

Init == /\ pc = [p \in Procs |-> "idle"]
        /\ flag = [p \in Procs |-> FALSE]
        /\ entered = 0

Try(p) == /\ pc[p] = "idle"
          /\ pc' = [pc EXCEPT ![p] = "check"]
          /\ UNCHANGED <<flag, entered>>

Check(p) == /\ pc[p] = "check"
            /\ \A q \in Procs \ {p} : ~flag[q]
            /\ pc' = [pc EXCEPT ![p] = "set"]
            /\ UNCHANGED <<flag, entered>>

Enter(p) == /\ pc[p] = "set"
            /\ flag' = [flag EXCEPT ![p] = TRUE]
            /\ pc' = [pc EXCEPT ![p] = "cs"]
            /\ entered' = entered + 1

Exit(p) == /\ pc[p] = "cs"
           /\ flag' = [flag EXCEPT ![p] = FALSE]
           /\ pc' = [pc EXCEPT ![p] = "idle"]
           /\ UNCHANGED entered

Next == \E p \in Procs : Try(p) \/ Check(p) \/ Enter(p) \/ Exit(p)

Spec == Init /\ [][Next]_vars

MutualExclusion == \A p, q \in Procs : p # q => ~(pc[p] = "cs" /\ pc[q] = "cs")
====
