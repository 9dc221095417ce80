---- MODULE PlusOne ----
A == + 1
====
