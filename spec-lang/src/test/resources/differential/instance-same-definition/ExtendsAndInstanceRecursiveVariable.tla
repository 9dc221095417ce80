---- MODULE ExtendsAndInstanceRecursiveVariable ----
EXTENDS HRV
INSTANCE HRV
====
