---- MODULE FalseAfterOperator ----
A == 1 +
FALSE == 2
====
