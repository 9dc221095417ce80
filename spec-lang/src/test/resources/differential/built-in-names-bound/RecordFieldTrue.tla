---- MODULE RecordFieldTrue ----
A == [TRUE |-> 1]
====
