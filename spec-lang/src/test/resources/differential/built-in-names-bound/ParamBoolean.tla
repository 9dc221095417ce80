---- MODULE ParamBoolean ----
F(a, BOOLEAN) == 1
A == ]
====
