---- MODULE ExtendsAndLocalInstanceSameModule ----
EXTENDS A
LOCAL INSTANCE A
====
