---- MODULE LabelInParentheses ----
EXTENDS Naturals
Between(x) == (0 <1> x)
====
