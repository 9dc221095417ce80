---- MODULE InstanceMissing ----
INSTANCE Nope
====
