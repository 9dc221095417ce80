---- MODULE NeverDefinedInLet ----
EXTENDS Naturals
\* a RECURSIVE in a LET must be defined in the same LET
Total(s) == LET RECURSIVE Sum(_)
                Half == 2
            IN Half
====
