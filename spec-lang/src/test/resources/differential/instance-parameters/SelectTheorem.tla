---- MODULE SelectTheorem ----
Bar == INSTANCE HThm
Use == Bar!Foo
====
