---- MODULE UseOnlyFirst ----
CONSTANT S
USE ONLY S
B == 2
====
