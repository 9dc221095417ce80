---- MODULE BoundUnboundedTrue ----
A == \E TRUE : 1
B == ]
====
