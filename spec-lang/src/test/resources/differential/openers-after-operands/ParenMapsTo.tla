---- MODULE ParenMapsTo ----
A == (i |->
>>)
====
