---- MODULE ExtendsDefinitionAndConstant ----
EXTENDS A, Kf
====
