---- MODULE TimesA ----
CONSTANT a
A == \X a
====
