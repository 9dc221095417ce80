------------------------------- MODULE Nodes -------------------------------
(* Node identities and the arithmetic every election module uses.           *)
EXTENDS Naturals, FiniteSets

CONSTANT N

Node == 1..N

Majority == {Q \in SUBSET Node : Cardinality(Q) * 2 > N}
=============================================================================
