--------------------------- MODULE UndirectedGraphs ---------------------------
(***************************************************************************)
(* Undirected graphs as records [node |-> N, edge |-> E] with E a set of  *)
(* two-element sets {m, n} of nodes. Written for Lockstep from the         *)
(* CommunityModules documentation (same names, arities and meaning).       *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets

IsUndirectedGraph(G) ==
    /\ G = [node |-> G.node, edge |-> G.edge]
    /\ \A e \in G.edge : Cardinality(e) = 2 /\ e \subseteq G.node

(* The subgraphs of G. *)
UndirectedSubgraph(G) ==
    {H \in [node : SUBSET G.node, edge : SUBSET G.edge] : IsUndirectedGraph(H)}

(* The non-empty sequences of nodes along edges of G, with no node twice. *)
SimplePath(G) ==
    {p \in UNION {[1..n -> G.node] : n \in 1..Cardinality(G.node)} :
        /\ \A i, j \in DOMAIN p : i # j => p[i] # p[j]
        /\ \A i \in 1..(Len(p) - 1) : {p[i], p[i + 1]} \in G.edge}

(* The nodes reachable from m along edges of G, m included. *)
LOCAL Reachable(G, m) ==
    LET RECURSIVE Grow(_)
        Grow(X) == LET Y == X \cup UNION {e : e \in {d \in G.edge : d \cap X # {}}}
                   IN  IF Y = X THEN X ELSE Grow(Y)
    IN  Grow({m})

(* Whether a path of G connects m and n (a node is connected to itself). *)
AreConnectedIn(m, n, G) == n \in Reachable(G, m)

(* The connected components of G: a partition of its nodes. *)
ConnectedComponents(G) ==
    {{m \in G.node : AreConnectedIn(m, n, G)} : n \in G.node}

(* Whether G is connected. *)
IsStronglyConnected(G) == \A m, n \in G.node : AreConnectedIn(m, n, G)

==============================================================================
