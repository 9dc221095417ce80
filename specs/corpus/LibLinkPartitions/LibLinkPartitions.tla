--------------------------- MODULE LibLinkPartitions ---------------------------
(***************************************************************************)
(* Links of a small cluster fail and heal; a node serves writes only while *)
(* its side of the network holds a majority. Uses UndirectedGraphs for the *)
(* network and its connected components.                                   *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, UndirectedGraphs

CONSTANTS Nodes, MaxFailures

VARIABLES up, failures

vars == <<up, failures>>

AllLinks == {{m, n} : m, n \in Nodes} \ {{n} : n \in Nodes}
Net == [node |-> Nodes, edge |-> up]

Init == up = AllLinks /\ failures = 0

Fail(l) == /\ l \in up /\ failures < MaxFailures
           /\ up' = up \ {l} /\ failures' = failures + 1
Heal(l) == /\ l \in AllLinks \ up
           /\ up' = up \cup {l} /\ UNCHANGED failures

Next == \E l \in AllLinks : Fail(l) \/ Heal(l)

Spec == Init /\ [][Next]_vars

Serving == {n \in Nodes : 2 * Cardinality({m \in Nodes : AreConnectedIn(n, m, Net)}) > Cardinality(Nodes)}

TypeOK == IsUndirectedGraph(Net)
\* at most one side of any partition serves
OneServingSide == \A C \in ConnectedComponents(Net) : C \cap Serving # {} => Serving \subseteq C
ComponentsPartition == UNION ConnectedComponents(Net) = Nodes
==============================================================================
