---- MODULE ConstFalseOp ----
CONSTANT FALSE(_, _)
====
