---- MODULE ExtendsTwoDefinitions ----
EXTENDS A, B
====
