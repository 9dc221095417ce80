---- MODULE DefTrueAfter ----
x == 1 TRUE == 2
====
