---- MODULE VarsString ----
VARIABLES x, STRING
A == ]
====
