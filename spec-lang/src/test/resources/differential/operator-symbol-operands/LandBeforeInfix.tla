---- MODULE LandBeforeInfix ----
CONSTANTS a, b
Odd == a \land \land = b
====
