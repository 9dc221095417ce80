---- MODULE CupParen ----
A == (\cup)
====
