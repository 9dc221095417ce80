---------------------------- MODULE LibLoadBalancer ----------------------------
(***************************************************************************)
(* A round-robin load balancer hands requests to backends; once all        *)
(* requests are placed, the counts must pass a chi-square test against an  *)
(* even split, as a simulation of a real balancer would be judged. Uses    *)
(* Statistics, Functions and SequencesExt.                                 *)
(***************************************************************************)
EXTENDS Naturals, Sequences, Statistics, Functions, SequencesExt

CONSTANTS Backends, Requests

VARIABLES next, served, placed

vars == <<next, served, placed>>

Order == SetToSeq(Backends)

Init == next = 1 /\ served = [b \in Backends |-> 0] /\ placed = 0

\* round robin, but a backend may be skipped once when it is busy
Place == /\ placed < Requests
         /\ \E skip \in {0, 1} :
               LET b == Order[SeqMod(next + skip, Len(Order))]
               IN  /\ served' = [served EXCEPT ![b] = @ + 1]
                   /\ next' = SeqMod(next + skip + 1, Len(Order))
         /\ placed' = placed + 1

Next == Place

Spec == Init /\ [][Next]_vars

Even == [b \in Backends |-> Requests \div Len(Order)]
Balanced == placed = Requests => ChiSquare(Even, served, "0.01")
Accounted == FoldFunction(+, 0, served) = placed
==============================================================================
