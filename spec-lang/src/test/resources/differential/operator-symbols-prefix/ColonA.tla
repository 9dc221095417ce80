---- MODULE ColonA ----
CONSTANT a
A == :: a
====
