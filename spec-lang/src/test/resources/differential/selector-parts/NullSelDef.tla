---- MODULE NullSelDef ----
G(x) == x
Use == G!(1)
====
