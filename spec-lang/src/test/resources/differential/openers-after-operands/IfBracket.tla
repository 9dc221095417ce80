---- MODULE IfBracket ----
A == IF i ]
>>
====
