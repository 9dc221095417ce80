---- MODULE IfMapsToPlain ----
A == IF i |->
>>
====
