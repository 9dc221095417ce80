---- MODULE ConstantTrue ----
CONSTANT TRUE
====
