---- MODULE ByOnlyDefComma ----
Foo == 1
THEOREM T == TRUE
BY ONLY DEF Foo,
====
