---- MODULE SetOfFunctionsTrue ----
A == [BOOLEAN -> BOOLEAN]
====
