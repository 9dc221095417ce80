---- MODULE ExtendsAndInstanceNoParameters ----
EXTENDS HP
INSTANCE HP
====
