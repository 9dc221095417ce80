---- MODULE H1 ----
THEOREM Bar == TRUE
ASSUME v == TRUE
====
