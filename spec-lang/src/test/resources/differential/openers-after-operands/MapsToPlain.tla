---- MODULE MapsToPlain ----
A == /\ i |->
>>
====
