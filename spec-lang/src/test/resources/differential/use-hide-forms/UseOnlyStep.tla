---- MODULE UseOnlyStep ----
CONSTANT S
A == 1
THEOREM T == TRUE
<1> USE ONLY A
<1> QED
====
