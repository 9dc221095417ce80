---- MODULE CupCap ----
A == {1} \cup {2} \cap {3}
====
