---- MODULE EmptyUseUnit ----
CONSTANT S
USE
A == 1
====
