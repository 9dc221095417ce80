---- MODULE NameAfterNumber ----
CONSTANTS a
Op == 1 a
B == 2
====
