---- MODULE StarLettered ----
THEOREM TRUE
<1>1. TRUE
  <2>a. TRUE
  <*>b. QED
<1> QED
====
