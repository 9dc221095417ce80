---- MODULE UseOnlyEmpty ----
CONSTANT S
A == 1
USE ONLY
B == 2
====
