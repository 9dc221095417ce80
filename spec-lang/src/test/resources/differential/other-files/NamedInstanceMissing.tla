---- MODULE NamedInstanceMissing ----
I == INSTANCE Nope
====
