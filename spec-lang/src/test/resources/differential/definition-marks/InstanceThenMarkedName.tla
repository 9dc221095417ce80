---- MODULE InstanceThenMarkedName ----
\* SANY marks 'Next' as a definition's start: INSTANCE is then followed by the mark, not a module name
Init == TRUE INSTANCE
Next == Init
====
