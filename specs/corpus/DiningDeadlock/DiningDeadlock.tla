---- MODULE DiningDeadlock ----
(* Dining philosophers who all pick up their left fork first: the classic deadlock, found *)
(* by TLC's deadlock check. Philosophers are model values placed round a table function.  *)
EXTENDS FiniteSets, TLC
CONSTANTS Phils, a1, a2, a3
VARIABLES holds
Left == (a1 :> a2) @@ (a2 :> a3) @@ (a3 :> a1)
Init == holds = [p \in Phils |-> {}]
Free(f) == \A p \in Phils : f \notin holds[p]
TakeLeft(p) == holds[p] = {} /\ Free(p) /\ holds' = [holds EXCEPT ![p] = {p}]
TakeRight(p) == holds[p] = {p} /\ Free(Left[p]) /\ holds' = [holds EXCEPT ![p] = @ \cup {Left[p]}]
Release(p) == Cardinality(holds[p]) = 2 /\ holds' = [holds EXCEPT ![p] = {}]
Next == \E p \in Phils : TakeLeft(p) \/ TakeRight(p) \/ Release(p)
ForkHeldOnce == \A p, q \in Phils : p /= q => holds[p] \cap holds[q] = {}
====
