------------------------------ MODULE DieHard ------------------------------
(* The water jugs puzzle, generalised: jugs of given capacities, fill,     *)
(* empty, pour. Min is defined with CHOOSE over a set.                     *)
EXTENDS Naturals, TLC

CONSTANTS Jug, Capacity, Goal

VARIABLE contents

Min(S) == CHOOSE m \in S : \A n \in S : m <= n

TypeOK == contents \in [Jug -> 0..5]

Init == contents = [j \in Jug |-> 0]

Fill(j) == contents' = [contents EXCEPT ![j] = Capacity[j]]
Empty(j) == contents' = [contents EXCEPT ![j] = 0]
Pour(a, b) ==
  LET amount == Min({contents[a], Capacity[b] - contents[b]})
  IN  /\ a # b
      /\ contents' = [contents EXCEPT ![a] = @ - amount, ![b] = @ + amount]

Next == \E a, b \in Jug : Fill(a) \/ Empty(a) \/ Pour(a, b)

Spec == Init /\ [][Next]_contents

NotSolved == \A j \in Jug : contents[j] # Goal
=============================================================================
