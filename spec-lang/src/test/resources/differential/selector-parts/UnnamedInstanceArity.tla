---- MODULE UnnamedInstanceArity ----
INSTANCE H WITH C <- LAMBDA x : x
Use == F!C
====
