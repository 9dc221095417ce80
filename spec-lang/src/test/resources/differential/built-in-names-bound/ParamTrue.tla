---- MODULE ParamTrue ----
F(TRUE) == 1
A == ]
====
