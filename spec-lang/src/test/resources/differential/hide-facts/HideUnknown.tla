---- MODULE HideUnknown ----
CONSTANT S
HIDE Q
====
