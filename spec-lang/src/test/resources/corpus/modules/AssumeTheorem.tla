---- MODULE AssumeTheorem ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT N
ASSUME N \in Nat
ASSUMPTION Positive == N > 0
AXIOM Ax == TRUE
THEOREM Th == N + 0 = N
LEMMA N = N
PROPOSITION Prop == TRUE
COROLLARY TRUE
THEOREM ASSUME NEW k \in Nat, NEW CONSTANT j, k > 0 PROVE k + j = j + k
====
