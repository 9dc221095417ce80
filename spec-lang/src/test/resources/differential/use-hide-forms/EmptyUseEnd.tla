---- MODULE EmptyUseEnd ----
CONSTANT S
A == 1
USE
====
