---- MODULE FirstPlus ----
THEOREM TRUE
<+> TRUE
<+> QED
====
