-------------------------- MODULE LibCausalBroadcast --------------------------
(***************************************************************************)
(* Causal broadcast with vector clocks: each process stamps the messages   *)
(* it broadcasts and delivers a message only once it has delivered every   *)
(* message that causally precedes it. Uses VectorClocks to state that each *)
(* delivery log is in causal order, and SequencesExt.                      *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, SequencesExt, VectorClocks

CONSTANTS Procs, MaxSends

VARIABLES vc, sent, delivered

vars == <<vc, sent, delivered>>

Init ==
    /\ vc = [p \in Procs |-> [q \in Procs |-> 0]]
    /\ sent = {}
    /\ delivered = [p \in Procs |-> <<>>]

Broadcast(p) ==
    /\ vc[p][p] < MaxSends
    /\ LET stamp == [vc[p] EXCEPT ![p] = @ + 1]
           m == [from |-> p, clock |-> stamp]
       IN  /\ vc' = [vc EXCEPT ![p] = stamp]
           /\ sent' = sent \cup {m}
           /\ delivered' = [delivered EXCEPT ![p] = Append(@, m)]

Deliverable(p, m) ==
    /\ m \notin ToSet(delivered[p])
    /\ m.clock[m.from] = vc[p][m.from] + 1
    /\ \A q \in Procs \ {m.from} : m.clock[q] <= vc[p][q]

Deliver(p, m) ==
    /\ m \in sent
    /\ Deliverable(p, m)
    /\ vc' = [vc EXCEPT ![p] = [q \in Procs |-> IF vc[p][q] >= m.clock[q] THEN vc[p][q] ELSE m.clock[q]]]
    /\ delivered' = [delivered EXCEPT ![p] = Append(@, m)]
    /\ UNCHANGED sent

Next == \E p \in Procs : Broadcast(p) \/ \E m \in sent : Deliver(p, m)

Spec == Init /\ [][Next]_vars

CausallyOrdered == \A p \in Procs : IsCausalOrder(delivered[p], LAMBDA m : m.clock)
NoDuplicates == \A p \in Procs : Len(delivered[p]) = Cardinality(ToSet(delivered[p]))
SortedIsIdentity ==
    \A p \in Procs : CausalOrder(delivered[p], LAMBDA m : m.clock, LAMBDA m : m.from,
                                 LAMBDA m : DOMAIN m.clock) = delivered[p]
==============================================================================
