---- MODULE RecursiveTrue ----
RECURSIVE TRUE
B == ]
====
