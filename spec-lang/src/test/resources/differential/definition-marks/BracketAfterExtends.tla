---- MODULE BracketAfterExtends ----
EXTENDS Naturals
(vx) == x
====
