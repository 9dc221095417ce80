---- MODULE InstancesOfTwoTheorems ----
INSTANCE Th
INSTANCE Th2
====
