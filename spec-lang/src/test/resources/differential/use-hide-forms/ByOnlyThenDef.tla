---- MODULE ByOnlyThenDef ----
THEOREM T == TRUE
BY ONLY
Foo == 1
====
