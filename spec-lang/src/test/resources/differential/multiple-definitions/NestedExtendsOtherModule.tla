---- MODULE NestedExtendsOtherModule ----
EXTENDS A
---- MODULE In ----
EXTENDS B
====
====
