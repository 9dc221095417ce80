---- MODULE BoundBase ----
Use == \A x \in {1} : x!y
====
