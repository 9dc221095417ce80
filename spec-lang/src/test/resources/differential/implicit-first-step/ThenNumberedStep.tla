---- MODULE ThenNumberedStep ----
THEOREM TRUE
<*> TRUE
<1>2. TRUE
<1> QED
====
