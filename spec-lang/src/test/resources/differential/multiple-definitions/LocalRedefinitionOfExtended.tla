---- MODULE LocalRedefinitionOfExtended ----
EXTENDS A
LOCAL Foo == 2
====
