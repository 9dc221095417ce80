---- MODULE ModuleUseStep ----
CONSTANT S
D == y
USE <1>1
====
