---- MODULE StringAsInfixOperand ----
A == 1
STRING + x == 2
====
