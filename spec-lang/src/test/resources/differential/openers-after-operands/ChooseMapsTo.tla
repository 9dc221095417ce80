---- MODULE ChooseMapsTo ----
A == CHOOSE x : i |->
>>
====
