---- MODULE AssumeTrueNextLine ----
CONSTANT Foo
ASSUME Foo
TRUE == 1
====
