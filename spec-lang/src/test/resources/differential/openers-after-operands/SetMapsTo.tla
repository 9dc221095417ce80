---- MODULE SetMapsTo ----
A == {i |->
>>}
====
