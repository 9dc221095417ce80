----------------------------- MODULE TokenRing -----------------------------
(* Dijkstra-style token passing on a ring of N nodes: the holder may enter *)
(* its critical section, then passes the token to its successor.           *)
EXTENDS Naturals

CONSTANT N

VARIABLES token, inCS, passes

vars == <<token, inCS, passes>>

Node == 0..(N - 1)
Succ(n) == (n + 1) % N

TypeOK == token \in Node /\ inCS \in BOOLEAN /\ passes \in Nat

Init == token = 0 /\ inCS = FALSE /\ passes = 0

Enter == ~inCS /\ inCS' = TRUE /\ UNCHANGED <<token, passes>>
Exit == inCS /\ inCS' = FALSE /\ UNCHANGED <<token, passes>>
Pass == ~inCS /\ passes < 6 /\ token' = Succ(token) /\ passes' = passes + 1 /\ UNCHANGED inCS

Next == Enter \/ Exit \/ Pass

Spec == Init /\ [][Next]_vars

TokenInRing == token \in Node
=============================================================================
