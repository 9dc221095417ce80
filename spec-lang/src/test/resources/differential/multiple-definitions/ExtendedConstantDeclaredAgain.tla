---- MODULE ExtendedConstantDeclaredAgain ----
EXTENDS Kc
CONSTANT C
====
