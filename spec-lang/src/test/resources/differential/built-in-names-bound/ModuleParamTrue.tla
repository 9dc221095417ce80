---- MODULE ModuleParamTrue ----
---- MODULE N ----
CONSTANT TRUE
====
B == ]
====
