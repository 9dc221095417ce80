---- MODULE ExtendsAndLocalInstance ----
EXTENDS HV
LOCAL INSTANCE HV
====
