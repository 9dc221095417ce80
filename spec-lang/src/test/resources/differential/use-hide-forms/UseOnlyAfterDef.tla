---- MODULE UseOnlyAfterDef ----
CONSTANT S
A == 1
USE ONLY A
B == 2
====
