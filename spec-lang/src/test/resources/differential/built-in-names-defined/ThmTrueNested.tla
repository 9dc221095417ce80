---- MODULE ThmTrueNested ----
THEOREM Bar TRUE ==
---- MODULE N1 ----
THEOREM Foo == TRUE
====
C == 1
====
