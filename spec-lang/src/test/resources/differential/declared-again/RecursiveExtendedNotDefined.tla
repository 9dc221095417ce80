---- MODULE RecursiveExtendedNotDefined ----
EXTENDS Base
RECURSIVE Step(_)
Use == 1
====
