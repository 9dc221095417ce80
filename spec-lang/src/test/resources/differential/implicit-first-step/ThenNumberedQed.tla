---- MODULE ThenNumberedQed ----
THEOREM TRUE
<*> TRUE
<1> QED
====
