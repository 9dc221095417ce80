---- MODULE Grow ----
\* The next state holds SUBSET (1..28): TLC must enumerate 2^28 sets, which exhausts a small heap.
\* Used to test out-of-memory handling.
EXTENDS Naturals
VARIABLE s
Init == s = {}
Next == s' = SUBSET (1..28)
====
