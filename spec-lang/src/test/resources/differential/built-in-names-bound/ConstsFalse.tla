---- MODULE ConstsFalse ----
CONSTANTS a, FALSE
A == (1
====
