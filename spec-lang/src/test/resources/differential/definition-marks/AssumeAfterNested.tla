---- MODULE AssumeAfterNested ----
---- MODULE N ----
====
ASSUME A == TRUE
====
