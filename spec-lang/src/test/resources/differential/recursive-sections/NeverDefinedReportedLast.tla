---- MODULE NeverDefinedReportedLast ----
EXTENDS Naturals
\* SANY reports a RECURSIVE operator never defined after the module's other errors
RECURSIVE Height(_)
Size(t) == Cardinality(t)
====
