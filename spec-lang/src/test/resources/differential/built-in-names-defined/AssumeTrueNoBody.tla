---- MODULE AssumeTrueNoBody ----
CONSTANT Foo
ASSUME Foo TRUE ==
Use == Foo
====
