---- MODULE ConstTrue ----
CONSTANT TRUE
====
