---- MODULE LetRedefinesExtended ----
EXTENDS A
LET_ == LET Foo == 1 IN Foo
====
