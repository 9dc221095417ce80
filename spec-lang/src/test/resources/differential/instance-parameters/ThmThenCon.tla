---- MODULE ThmThenCon ----
CONSTANT Foo
Bar == INSTANCE HThm
Bar == INSTANCE HCon
====
