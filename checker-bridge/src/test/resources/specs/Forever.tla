---- MODULE Forever ----
\* An unbounded counter: TLC never finishes; used to test cancellation.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
====
