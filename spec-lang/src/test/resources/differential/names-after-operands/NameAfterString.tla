---- MODULE NameAfterString ----
CONSTANTS b
Name == "n" b
====
