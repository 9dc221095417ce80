---- MODULE ExtendsTlc ----
EXTENDS TLC
====
