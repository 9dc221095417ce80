---- MODULE SelectConstant ----
CONSTANT Foo
Bar == INSTANCE HCon
Use == Bar!Foo
====
