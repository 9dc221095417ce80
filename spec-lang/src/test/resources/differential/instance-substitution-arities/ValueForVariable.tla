---- MODULE ValueForVariable ----
---- MODULE H ----
VARIABLE v
====
VARIABLE w
I == INSTANCE H WITH v <- w
====
