---- MODULE StringInQuant ----
A == \A STRING \in {1} : STRING
====
