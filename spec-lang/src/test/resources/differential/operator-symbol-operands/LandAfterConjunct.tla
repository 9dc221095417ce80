---- MODULE LandAfterConjunct ----
CONSTANTS a, b, c
Both == (a => b) \land \land c
====
