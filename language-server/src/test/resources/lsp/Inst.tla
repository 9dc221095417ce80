---- MODULE Inst ----
\* Instantiates BuggyMutex with its own set of nodes (INSTANCE navigation tests).
CONSTANT Nodes
VARIABLES pc, flag, entered
M == INSTANCE BuggyMutex WITH Procs <- Nodes
Safe == M!MutualExclusion
====
