---- MODULE InstanceUnknown ----
INSTANCE Unknown
====
