---- MODULE ConstTrueLater ----
CONSTANT TRUE
A == 1 +
====
