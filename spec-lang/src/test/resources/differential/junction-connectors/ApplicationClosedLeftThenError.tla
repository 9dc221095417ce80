---- MODULE ApplicationClosedLeftThenError ----
CONSTANTS S, f, p, q
A == /\ f[1
  ] = {1 +
     /\ TRUE
====
