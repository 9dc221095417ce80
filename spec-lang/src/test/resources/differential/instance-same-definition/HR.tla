---- MODULE HR ----
RECURSIVE R(_)
R(n) == R(n)
====
