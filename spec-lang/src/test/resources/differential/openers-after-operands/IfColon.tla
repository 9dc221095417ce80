---- MODULE IfColon ----
A == IF i :
>>
====
