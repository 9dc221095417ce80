---- MODULE ExtendsTwoTheorems ----
EXTENDS Th, Th2
====
