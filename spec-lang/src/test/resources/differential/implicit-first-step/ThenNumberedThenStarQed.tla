---- MODULE ThenNumberedThenStarQed ----
THEOREM TRUE
<*> TRUE
  <1> QED
<*> QED
====
