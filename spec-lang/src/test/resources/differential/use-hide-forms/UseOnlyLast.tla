---- MODULE UseOnlyLast ----
CONSTANT S
A == 1
USE ONLY A
====
