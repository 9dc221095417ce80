---- MODULE CupInTuple ----
A == <<1, \cup>>
====
