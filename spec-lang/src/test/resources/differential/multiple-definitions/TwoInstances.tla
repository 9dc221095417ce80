---- MODULE TwoInstances ----
INSTANCE A
INSTANCE B
====
