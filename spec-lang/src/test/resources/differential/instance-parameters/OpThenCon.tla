---- MODULE OpThenCon ----
CONSTANT Foo
Bar == INSTANCE HOp
Bar == INSTANCE HCon
====
