---- MODULE AssumeIdentNoBody ----
CONSTANT Foo
ASSUME Foo Bar ==
Use == Foo
====
