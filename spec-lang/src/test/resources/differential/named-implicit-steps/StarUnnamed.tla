---- MODULE StarUnnamed ----
THEOREM TRUE
<1>1. TRUE
<*> QED
====
