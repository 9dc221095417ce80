---- MODULE NamedInstanceTwiceTheorem ----
I == INSTANCE Left
I == INSTANCE Thm
====
