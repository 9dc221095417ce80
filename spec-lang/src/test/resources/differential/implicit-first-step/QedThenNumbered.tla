---- MODULE QedThenNumbered ----
THEOREM TRUE
<*> QED
<1> QED
====
