---- MODULE SelectConstantAfterThm ----
CONSTANT Foo
Bar == INSTANCE HCon
Bar == INSTANCE HThm
Use == Bar!Foo
====
