---- MODULE NoBodyBeforeVariable ----
THEOREM Foo == TRUE
v ==
VARIABLE v
====
