---- MODULE ExtendedParameter ----
EXTENDS HE
INSTANCE HE
====
