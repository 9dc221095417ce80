---- MODULE LetMapsTo ----
A == LET B == i |->
>> IN 1
====
