---- MODULE TrueAlone ----
TRUE == 1
====
