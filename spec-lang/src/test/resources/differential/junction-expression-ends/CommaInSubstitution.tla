---- MODULE CommaInSubstitution ----
CONSTANTS p, q
I == INSTANCE Sub WITH a <- /\ p, b <- q
====
