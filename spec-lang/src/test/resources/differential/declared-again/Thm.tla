---- MODULE Thm ----
THEOREM C == TRUE
====
