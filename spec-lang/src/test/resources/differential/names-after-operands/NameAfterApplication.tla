---- MODULE NameAfterApplication ----
CONSTANTS f, b
At == f[1] b
====
