---- MODULE IfMapsToNext ----
A == /\ IF
        /\ i |->
B == 1
====
