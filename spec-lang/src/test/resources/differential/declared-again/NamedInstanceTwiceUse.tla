---- MODULE NamedInstanceTwiceUse ----
I == INSTANCE Left
I == INSTANCE Other
Use == I!F
====
