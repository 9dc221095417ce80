---- MODULE H3 ----
EXTENDS H1
RECURSIVE Bar(_)
Bar(x) == Bar(x)
====
