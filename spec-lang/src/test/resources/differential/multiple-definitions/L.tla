---- MODULE L ----
LOCAL Foo == 1
Q == Foo
====
