---- MODULE StringDefined ----
STRING(a) == a
====
