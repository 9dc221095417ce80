---- MODULE NoBodyBeforeLocal ----
B ==
LOCAL C == 1
====
