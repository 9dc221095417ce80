---- MODULE UseEmptyBeforeTheorem ----
CONSTANT S
A == 1
USE
THEOREM TRUE
====
