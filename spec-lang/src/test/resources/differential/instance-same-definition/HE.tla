---- MODULE HE ----
EXTENDS HC
E == G
====
