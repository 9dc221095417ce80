---- MODULE TwoLocalInstances ----
LOCAL INSTANCE A
LOCAL INSTANCE B
====
