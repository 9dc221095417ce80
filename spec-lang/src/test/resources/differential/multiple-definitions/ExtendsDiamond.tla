---- MODULE ExtendsDiamond ----
EXTENDS A2, A3
====
