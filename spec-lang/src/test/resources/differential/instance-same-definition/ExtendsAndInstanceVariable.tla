---- MODULE ExtendsAndInstanceVariable ----
EXTENDS HV
INSTANCE HV
====
