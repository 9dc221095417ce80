---- MODULE Other ----
F == 5
====
