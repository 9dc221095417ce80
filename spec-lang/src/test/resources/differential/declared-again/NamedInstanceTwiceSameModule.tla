---- MODULE NamedInstanceTwiceSameModule ----
I == INSTANCE Left
I == INSTANCE Left
====
