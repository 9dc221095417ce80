---- MODULE TwoInstances ----
VARIABLE x
INSTANCE HV WITH x <- x
INSTANCE HV
====
