---- MODULE TheoremTwice ----
THEOREM T == TRUE
THEOREM T == TRUE
====
