---- MODULE FirstPlusThenNumbered ----
THEOREM TRUE
<+> TRUE
<1> QED
====
