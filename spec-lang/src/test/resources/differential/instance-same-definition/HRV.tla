---- MODULE HRV ----
VARIABLE y
RECURSIVE R(_)
R(n) == R(n)
====
