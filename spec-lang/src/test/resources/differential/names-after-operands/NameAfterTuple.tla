---- MODULE NameAfterTuple ----
CONSTANTS a, b
Pair == <<a, 1>> b
====
