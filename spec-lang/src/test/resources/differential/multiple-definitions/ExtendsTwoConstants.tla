---- MODULE ExtendsTwoConstants ----
EXTENDS Kc, Kc2
====
