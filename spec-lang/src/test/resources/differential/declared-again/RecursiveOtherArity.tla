---- MODULE RecursiveOtherArity ----
EXTENDS Base
RECURSIVE Step(_, _)
Use == 1
====
