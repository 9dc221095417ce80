---- MODULE AloneQed ----
THEOREM TRUE
<*> QED
====
