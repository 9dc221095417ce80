---- MODULE AssumeTrueBody ----
CONSTANT Foo
ASSUME Foo TRUE == 1
====
