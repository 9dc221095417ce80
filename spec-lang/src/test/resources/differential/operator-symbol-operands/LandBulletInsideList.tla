---- MODULE LandBulletInsideList ----
CONSTANTS a, b
Mixed == /\ a
         /\ \land b
====
