---- MODULE Spec ----
 INSTANCE H3
Use == v
====