---- MODULE ThenNumberedThenTheorem ----
THEOREM TRUE
<*> TRUE
<1> QED
THEOREM TRUE
====
