---- MODULE ExtendedConstantBesideInstance ----
EXTENDS Kc
INSTANCE Kc2
====
