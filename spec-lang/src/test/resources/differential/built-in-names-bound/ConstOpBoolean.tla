---- MODULE ConstOpBoolean ----
CONSTANT BOOLEAN(_)
A == )
====
