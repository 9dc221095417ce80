---- MODULE FunctionTrue ----
TRUE[x \in {1}] == x
====
