---- MODULE LetTrue ----
x == LET TRUE == 1 IN 2
====
