---- MODULE ByDefEnd ----
THEOREM T == TRUE
BY DEF
====
