---- MODULE TheoremAfterNested ----
---- MODULE N0 ----
v == 1
====
THEOREM v == TRUE
Use == 1
====
