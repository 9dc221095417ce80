---- MODULE InstParamTrue ----
I(TRUE) == INSTANCE Naturals
B == ]
====
