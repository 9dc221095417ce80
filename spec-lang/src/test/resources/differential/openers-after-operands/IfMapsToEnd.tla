---- MODULE IfMapsToEnd ----
A == /\ IF
        /\ i |->
====
