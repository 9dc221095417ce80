---- MODULE InstanceWithoutName ----
CONSTANT H1
Foo == H1 INSTANCE
LOCAL Bar == 2
====
