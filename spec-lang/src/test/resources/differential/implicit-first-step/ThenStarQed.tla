---- MODULE ThenStarQed ----
THEOREM TRUE
<*> TRUE
<*> QED
====
