---- MODULE NamedInstanceTwiceDisjoint ----
I == INSTANCE Left
I == INSTANCE Other
====
