---- MODULE InstanceFalse ----
FALSE == INSTANCE Naturals
====
