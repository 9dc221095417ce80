---- MODULE ParameterNamedAsVariable ----
VARIABLE x
F(x) == 1
====
