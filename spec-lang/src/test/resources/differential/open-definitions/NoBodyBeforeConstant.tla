---- MODULE NoBodyBeforeConstant ----
A == 1
B ==
CONSTANT c
====
