---- MODULE StarNumbered ----
THEOREM TRUE
<*>1. TRUE
<*> QED
====
