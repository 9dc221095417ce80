---- MODULE VarTrue ----
VARIABLE TRUE
A == ]
====
