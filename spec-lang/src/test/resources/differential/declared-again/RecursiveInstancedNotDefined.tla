---- MODULE RecursiveInstancedNotDefined ----
INSTANCE Base
RECURSIVE Step(_)
Use == 1
====
