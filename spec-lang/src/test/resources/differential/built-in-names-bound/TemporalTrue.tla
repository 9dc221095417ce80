---- MODULE TemporalTrue ----
A == \AA TRUE : 1
B == ]
====
