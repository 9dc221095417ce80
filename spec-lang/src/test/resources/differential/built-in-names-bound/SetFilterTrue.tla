---- MODULE SetFilterTrue ----
A == {TRUE \in {1} : TRUE}
====
