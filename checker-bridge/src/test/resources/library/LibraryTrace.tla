----------------------------- MODULE LibraryTrace -----------------------------
(***************************************************************************)
(* TLCExt's operators that need TLC's running search: Trace (the behaviour *)
(* prefix TLC recorded for the current state), TLCGetOrDefault and         *)
(* TLCGetAndSet on a worker's registers. Two counters that each step by    *)
(* one up to 2: breadth-first search reaches each state by a shortest      *)
(* path, so the prefix of state x, y has x + y + 1 states.                 *)
(***************************************************************************)
EXTENDS Naturals, Sequences, TLC, TLCExt

VARIABLES x, y
vars == <<x, y>>

Init == x = 0 /\ y = 0
Next == \/ x < 2 /\ x' = x + 1 /\ UNCHANGED y
        \/ y < 2 /\ y' = y + 1 /\ UNCHANGED x
        \* a step may look at the prefix that leads to it
        \/ x = 2 /\ y = 2 /\ Len(Trace) >= 5 /\ UNCHANGED vars

TraceLeadsHere ==
    /\ Len(Trace) = x + y + 1
    /\ Trace[1] = [x |-> 0, y |-> 0]
    /\ Trace[Len(Trace)] = [x |-> x, y |-> y]
    /\ \A i \in 1..Len(Trace) - 1 :
           Trace[i + 1].x + Trace[i + 1].y = Trace[i].x + Trace[i].y + 1

\* (a LET would be evaluated lazily, after TLCGetAndSet changed the register)
RegistersWork ==
    \E before \in {TLCGetOrDefault(7, 0)} :
        /\ TLCGetAndSet(7, LAMBDA a, b : a + b, 1, 0) = before
        /\ TLCGet(7) = before + 1
        /\ TLCGetOrDefault(8, "unset") = "unset"

StepsExtendTheTrace == Len(Trace) >= 1

\* documented: PickSuccessor is TRUE in a state-level formula (no successor to pick)
PickInInvariant == PickSuccessor(FALSE)

\* in simulation, where stuttering steps lengthen the behaviour
TraceEndsHere ==
    /\ Trace[1] = [x |-> 0, y |-> 0]
    /\ Trace[Len(Trace)] = [x |-> x, y |-> y]
    /\ \A i \in 1..Len(Trace) - 1 :
           Trace[i + 1].x + Trace[i + 1].y \in {Trace[i].x + Trace[i].y, Trace[i].x + Trace[i].y + 1}

Spec == Init /\ [][Next]_vars
================================================================================
