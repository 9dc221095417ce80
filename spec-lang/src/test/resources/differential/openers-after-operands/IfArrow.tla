---- MODULE IfArrow ----
A == IF i ->
>>
====
