---- MODULE OplusLaterError ----
CONSTANT a
A == <+> a
B == ]
====
