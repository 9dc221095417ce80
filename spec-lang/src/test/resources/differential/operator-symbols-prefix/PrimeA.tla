---- MODULE PrimeA ----
CONSTANT a
A == ' a
====
