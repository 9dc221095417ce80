---- MODULE NestedConstantAgain ----
CONSTANT C
---- MODULE In ----
CONSTANT C
====
====
