---- MODULE ByOnlyFactDef ----
Foo == 1
THEOREM T == TRUE
BY ONLY TRUE DEF
====
