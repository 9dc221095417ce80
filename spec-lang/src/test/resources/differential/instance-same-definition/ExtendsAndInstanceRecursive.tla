---- MODULE ExtendsAndInstanceRecursive ----
EXTENDS HR
INSTANCE HR
====
