---- MODULE InstanceWithSubstitution ----
EXTENDS HC
INSTANCE HC WITH c <- 1
====
