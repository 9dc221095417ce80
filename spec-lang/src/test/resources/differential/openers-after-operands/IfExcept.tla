---- MODULE IfExcept ----
A == IF i EXCEPT
>>
====
