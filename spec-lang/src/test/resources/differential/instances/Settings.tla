---- MODULE Settings ----
CONSTANT Limit
VARIABLE state
====
