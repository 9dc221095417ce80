---- MODULE CaseMapsTo ----
A == CASE i |->
>>
====
