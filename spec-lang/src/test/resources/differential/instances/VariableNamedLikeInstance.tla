---- MODULE VariableNamedLikeInstance ----
CONSTANT Limit
state == INSTANCE Pairs
P == INSTANCE Settings
====
