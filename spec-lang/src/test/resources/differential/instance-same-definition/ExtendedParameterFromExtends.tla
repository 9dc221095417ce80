---- MODULE ExtendedParameterFromExtends ----
EXTENDS HC
INSTANCE HE
====
