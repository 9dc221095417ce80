---- MODULE UseAfterDef ----
CONSTANT S
A == 1
USE A
B == 2
====
