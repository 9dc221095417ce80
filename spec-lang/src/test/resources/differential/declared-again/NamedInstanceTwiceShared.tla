---- MODULE NamedInstanceTwiceShared ----
I == INSTANCE Left
I == INSTANCE Right
====
