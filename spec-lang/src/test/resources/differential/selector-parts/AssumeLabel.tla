---- MODULE AssumeLabel ----
EXTENDS H2
Use == A!C
====
