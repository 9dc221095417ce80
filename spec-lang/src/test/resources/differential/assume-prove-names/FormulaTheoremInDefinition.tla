---- MODULE FormulaTheoremInDefinition ----
CONSTANT S
THEOREM T == S = S
A == T
====
