---- MODULE NamedInstanceBesideExtended ----
EXTENDS A
I == INSTANCE B
====
