---- MODULE ExistsMapsTo ----
A == \E x \in i |->
>>
====
