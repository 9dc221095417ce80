---- MODULE ConstantThenInstance ----
CONSTANT Foo
INSTANCE A
====
