---- MODULE LabelInExpression ----
EXTENDS Naturals
\* SANY reads '<' digits '>' as a step label anywhere: no comparison chain
Ordered(a, b, c) == a<1>b
====
