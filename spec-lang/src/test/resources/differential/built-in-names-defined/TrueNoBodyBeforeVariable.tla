---- MODULE TrueNoBodyBeforeVariable ----
ASSUME Bar == TRUE
ASSUME Bar TRUE ==
VARIABLE Foo
====
