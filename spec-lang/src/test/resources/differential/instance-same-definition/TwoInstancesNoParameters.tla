---- MODULE TwoInstancesNoParameters ----
INSTANCE HP
INSTANCE HP
====
