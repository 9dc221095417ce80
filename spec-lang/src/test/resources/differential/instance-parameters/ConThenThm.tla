---- MODULE ConThenThm ----
CONSTANT Foo
Bar == INSTANCE HCon
Bar == INSTANCE HThm
====
