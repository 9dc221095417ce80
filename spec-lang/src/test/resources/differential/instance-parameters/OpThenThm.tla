---- MODULE OpThenThm ----
CONSTANT Foo
Bar == INSTANCE HOp
Bar == INSTANCE HThm
====
