---- MODULE ExtendsThenInstance ----
EXTENDS A
INSTANCE B
====
