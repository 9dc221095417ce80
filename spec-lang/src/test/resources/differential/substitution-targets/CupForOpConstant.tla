---- MODULE CupForOpConstant ----
CONSTANT C(_, _)
I == INSTANCE P4 WITH C <- \cup
====
