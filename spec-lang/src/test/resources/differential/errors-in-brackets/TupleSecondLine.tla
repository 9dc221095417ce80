---- MODULE TupleSecondLine ----
CONSTANTS a, b
Pair == <<a
          b>>
====
