---- MODULE CupNextLine ----
CONSTANT a
A == \cup
  a
B == 1
====
