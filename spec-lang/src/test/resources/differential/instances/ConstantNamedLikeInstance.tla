---- MODULE ConstantNamedLikeInstance ----
VARIABLE state
Limit == INSTANCE Pairs
P == INSTANCE Settings
====
