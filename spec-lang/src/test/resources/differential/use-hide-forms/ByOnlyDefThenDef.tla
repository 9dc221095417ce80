---- MODULE ByOnlyDefThenDef ----
Foo == 1
THEOREM T == TRUE
BY ONLY DEF
Bar == 1
====
