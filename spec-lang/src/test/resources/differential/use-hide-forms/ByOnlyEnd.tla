---- MODULE ByOnlyEnd ----
THEOREM T == TRUE
BY ONLY
====
