---- MODULE Spec ----
RECURSIVE y(_), x
====