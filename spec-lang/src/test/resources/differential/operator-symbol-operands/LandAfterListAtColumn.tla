---- MODULE LandAfterListAtColumn ----
CONSTANTS a, b, c
All == /\ a
       /\ b
       \land c
Any == \/ a
       \/ b
       \lor c
====
