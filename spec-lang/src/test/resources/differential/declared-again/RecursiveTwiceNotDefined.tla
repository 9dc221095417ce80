---- MODULE RecursiveTwiceNotDefined ----
RECURSIVE Step(_)
RECURSIVE Step(_)
Step(x) == x
====
