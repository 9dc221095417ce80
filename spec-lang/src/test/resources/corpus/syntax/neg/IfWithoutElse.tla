---- MODULE IfWithoutElse ----
EXTENDS Naturals
A == IF TRUE THEN 1
====
