---- MODULE SemicolonInExtends ----
EXTENDS Naturals; Sequences
Limit == 3
====
