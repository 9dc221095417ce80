---- MODULE ThenPlus ----
THEOREM TRUE
<*> TRUE
  <+> QED
<*> QED
====
