---- MODULE LocalSameRedefinitionOfExtended ----
EXTENDS A
LOCAL Foo == 1
====
