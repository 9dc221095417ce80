---- MODULE ConstantAndVariable ----
CONSTANT C
VARIABLE C
====
