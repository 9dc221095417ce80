---- MODULE TheoremStatementStep ----
CONSTANT S
THEOREM <1>1 = S
====
