------------------------------ MODULE Barrier ------------------------------
(* A reusable barrier: workers arrive, and when all have arrived the       *)
(* barrier opens for the next round.                                       *)
EXTENDS Naturals

CONSTANTS Worker, Rounds

VARIABLES arrived, round

vars == <<arrived, round>>

TypeOK == arrived \subseteq Worker /\ round \in 0..Rounds

Init == arrived = {} /\ round = 0

Arrive(w) == w \notin arrived /\ round < Rounds /\ arrived' = arrived \cup {w} /\ UNCHANGED round
Open == arrived = Worker /\ arrived' = {} /\ round' = round + 1
Finished == round = Rounds /\ UNCHANGED vars

Next == (\E w \in Worker : Arrive(w)) \/ Open \/ Finished

Spec == Init /\ [][Next]_vars

RoundBound == round <= Rounds
=============================================================================
