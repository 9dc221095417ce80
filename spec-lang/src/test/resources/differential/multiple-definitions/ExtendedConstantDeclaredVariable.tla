---- MODULE ExtendedConstantDeclaredVariable ----
EXTENDS Kc, Vv
VARIABLE C
====
