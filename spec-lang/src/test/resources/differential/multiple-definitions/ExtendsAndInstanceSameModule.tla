---- MODULE ExtendsAndInstanceSameModule ----
EXTENDS A
INSTANCE A
====
