---- MODULE StarA ----
CONSTANT a
A == * a + 1
====
