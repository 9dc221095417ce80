---- MODULE InstanceParamsUnnamed ----
VARIABLE state
Limit == INSTANCE Pairs
INSTANCE Settings
====
