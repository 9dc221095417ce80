---- MODULE MutexProps ----
\* Properties of BuggyMutex, in a module that extends it (cross-module navigation tests).
EXTENDS BuggyMutex, FiniteSets

\* How many processes are in their critical section.
InCS == Cardinality({p \in Procs : pc[p] = "cs"})

AtMostOne == InCS <= 1
====
