---- MODULE TrueWithLaterSemantic ----
A == \A TRUE \in {1} : 1
B == undefinedName
====
