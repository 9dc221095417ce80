---- MODULE BadParameterLevel ----
\* Prime primes its parameter: an action argument is too high
EXTENDS LevelsLibrary
B == Prime(x')
====
