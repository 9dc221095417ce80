---- MODULE NoBodyBeforeExtends ----
B(x) ==
EXTENDS Naturals
====
