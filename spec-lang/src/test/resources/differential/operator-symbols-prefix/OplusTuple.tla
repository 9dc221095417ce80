---- MODULE OplusTuple ----
CONSTANT a
A == <<<+> a>>
====
