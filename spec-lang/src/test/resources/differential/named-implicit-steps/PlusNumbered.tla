---- MODULE PlusNumbered ----
THEOREM TRUE
<1>1. TRUE
  <+>1. QED
<1> QED
====
