---- MODULE BuiltInNamesDefined ----
A == 1
TRUE == 2
BOOLEAN == 3
====
