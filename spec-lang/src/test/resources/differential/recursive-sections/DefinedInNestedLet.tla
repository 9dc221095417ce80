---- MODULE DefinedInNestedLet ----
EXTENDS Naturals
Total(s) == LET RECURSIVE Sum(_)
                Inner == LET Sum(t) == 0 IN Sum(s)
            IN Missing + Inner
====
