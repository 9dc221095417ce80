---- MODULE ExtendsThenLocalInstance ----
EXTENDS A
LOCAL INSTANCE B
====
