-------------------------------- MODULE Graphs --------------------------------
(***************************************************************************)
(* Directed graphs as records [node |-> N, edge |-> E] with E a set of    *)
(* pairs <<m, n>> of nodes. Written for Lockstep from the CommunityModules *)
(* documentation (same names, arities and meaning).                        *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets

IsDirectedGraph(G) ==
    /\ G = [node |-> G.node, edge |-> G.edge]
    /\ G.edge \subseteq (G.node \X G.node)

(* The subgraphs of G: a subset of its nodes with edges among them. *)
DirectedSubgraph(G) ==
    {H \in [node : SUBSET G.node, edge : SUBSET (G.node \X G.node)] :
        IsDirectedGraph(H) /\ H.edge \subseteq G.edge}

(* Whether G is a directed graph whose every edge goes both ways (an      *)
(* undirected graph as a symmetric directed one; UndirectedGraphs has     *)
(* graphs with edges {m, n} instead).                                      *)
IsUndirectedGraph(G) == IsDirectedGraph(G) /\ \A e \in G.edge : <<e[2], e[1]>> \in G.edge

(* The subgraphs of G that are undirected in the sense above. *)
UndirectedSubgraph(G) == {H \in DirectedSubgraph(G) : IsUndirectedGraph(H)}

(* G with every edge reversed. *)
Transpose(G) == [node |-> G.node, edge |-> {<<e[2], e[1]>> : e \in G.edge}]

Successors(G, n) == {m \in G.node : <<n, m>> \in G.edge}
Predecessors(G, n) == {m \in G.node : <<m, n>> \in G.edge}
InDegree(G, n) == Cardinality(Predecessors(G, n))
OutDegree(G, n) == Cardinality(Successors(G, n))
Roots(G) == {n \in G.node : Predecessors(G, n) = {}}
Leaves(G) == {n \in G.node : Successors(G, n) = {}}

(* The non-empty sequences of nodes along edges of G, with no node twice. *)
SimplePath(G) ==
    {p \in UNION {[1..n -> G.node] : n \in 1..Cardinality(G.node)} :
        /\ \A i, j \in DOMAIN p : i # j => p[i] # p[j]
        /\ \A i \in 1..(Len(p) - 1) : <<p[i], p[i + 1]>> \in G.edge}

(* The non-empty sequences of nodes along edges of G (an infinite set when *)
(* G has a cycle: use it to test membership).                           *)
Path(G) == {p \in Seq(G.node) : p # <<>> /\ \A i \in 1..(Len(p) - 1) : <<p[i], p[i + 1]>> \in G.edge}

(* The nodes reachable from m along edges of G, m included. *)
LOCAL Reachable(G, m) ==
    LET RECURSIVE Grow(_)
        Grow(X) == LET Y == X \cup {e[2] : e \in {d \in G.edge : d[1] \in X}}
                   IN  IF Y = X THEN X ELSE Grow(Y)
    IN  Grow({m})

(* Whether a path of G leads from m to n (a node is connected to itself). *)
AreConnectedIn(m, n, G) == n \in Reachable(G, m)

(* The pairs of nodes connected in G. *)
ConnectionsIn(G) ==
    [mn \in G.node \X G.node |-> AreConnectedIn(mn[1], mn[2], G)]

(* Whether every node of G is connected to every other. *)
IsStronglyConnected(G) == \A m, n \in G.node : AreConnectedIn(m, n, G)

(* Whether G is a tree whose edges point from a child to its parent and   *)
(* whose root is r.                                                      *)
IsTreeWithRoot(G, r) ==
    /\ IsDirectedGraph(G)
    /\ \A e \in G.edge : /\ e[1] # r
                         /\ \A f \in G.edge : e[1] = f[1] => e = f
    /\ \A n \in G.node : AreConnectedIn(n, r, G)

==============================================================================
