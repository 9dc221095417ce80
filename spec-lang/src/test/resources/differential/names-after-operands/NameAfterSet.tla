---- MODULE NameAfterSet ----
CONSTANTS a, b
Set == {a} b
====
