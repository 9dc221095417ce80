---- MODULE RecursiveExtendedThenDefined ----
EXTENDS Base
RECURSIVE Step(_)
Step(x) == IF x = 0 THEN 0 ELSE Step(x - 1)
====
