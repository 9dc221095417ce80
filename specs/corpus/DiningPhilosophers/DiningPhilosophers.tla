------------------------- MODULE DiningPhilosophers -------------------------
(* Philosophers pick up the lower-numbered fork first, so the system never *)
(* deadlocks; forks are a function from fork to holder or 0 (free).        *)
EXTENDS Naturals

CONSTANT N

VARIABLES fork, state

vars == <<fork, state>>

Phil == 1..N
Left(p) == p
Right(p) == IF p = N THEN 1 ELSE p + 1
First(p) == IF Left(p) < Right(p) THEN Left(p) ELSE Right(p)
Second(p) == IF Left(p) < Right(p) THEN Right(p) ELSE Left(p)

TypeOK ==
  /\ fork \in [Phil -> 0..N]
  /\ state \in [Phil -> {"thinking", "hungry", "eating"}]

Init == fork = [f \in Phil |-> 0] /\ state = [p \in Phil |-> "thinking"]

Hungry(p) == state[p] = "thinking" /\ state' = [state EXCEPT ![p] = "hungry"] /\ UNCHANGED fork

TakeFirst(p) ==
  /\ state[p] = "hungry"
  /\ fork[First(p)] = 0
  /\ fork' = [fork EXCEPT ![First(p)] = p]
  /\ UNCHANGED state

TakeSecond(p) ==
  /\ state[p] = "hungry"
  /\ fork[First(p)] = p
  /\ fork[Second(p)] = 0
  /\ fork' = [fork EXCEPT ![Second(p)] = p]
  /\ state' = [state EXCEPT ![p] = "eating"]

PutDown(p) ==
  /\ state[p] = "eating"
  /\ fork' = [f \in Phil |-> IF fork[f] = p THEN 0 ELSE fork[f]]
  /\ state' = [state EXCEPT ![p] = "thinking"]

Next == \E p \in Phil : Hungry(p) \/ TakeFirst(p) \/ TakeSecond(p) \/ PutDown(p)

Spec == Init /\ [][Next]_vars

NeighboursNotBothEating ==
  \A p \in Phil : ~(state[p] = "eating" /\ state[Right(p)] = "eating" /\ p # Right(p))
=============================================================================
