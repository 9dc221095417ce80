---- MODULE ConstantDeclaredTwice ----
CONSTANT C
CONSTANT C
====
