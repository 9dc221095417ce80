---- MODULE IfMapsTo ----
A == /\ IF
        /\ i |->
>>
====
