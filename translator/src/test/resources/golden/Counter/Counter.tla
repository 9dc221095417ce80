---- MODULE Counter ----
(* A bounded counter that can be reset: the smallest spec with a parameterised action. *)
EXTENDS Naturals
CONSTANT Max
VARIABLES x, resets

TypeOK == x \in 0..Max /\ resets \in Nat

Init == x = 0 /\ resets = 0

Incr(n) == x + n <= Max /\ x' = x + n /\ UNCHANGED resets

Reset == IF x = Max THEN x' = 0 /\ resets' = resets + 1 ELSE FALSE

Next == (\E n \in 1..2 : Incr(n)) \/ Reset
====
