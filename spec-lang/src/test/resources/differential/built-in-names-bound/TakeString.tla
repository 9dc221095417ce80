---- MODULE TakeString ----
THEOREM \A x : TRUE
<1>1. TAKE STRING
<1> QED
====
