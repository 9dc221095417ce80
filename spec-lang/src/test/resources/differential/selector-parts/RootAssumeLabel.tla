---- MODULE RootAssumeLabel ----
ASSUME A == TRUE
Use == A!C
====
