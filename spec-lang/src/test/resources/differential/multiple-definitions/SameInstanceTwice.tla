---- MODULE SameInstanceTwice ----
INSTANCE A
INSTANCE A
====
