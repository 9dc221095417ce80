---- MODULE ExtendsSameModuleTwice ----
EXTENDS A, A
====
