---- MODULE TheoremInFactFormula ----
THEOREM T == ASSUME NEW x PROVE x = x
THEOREM U == TRUE
BY T /\ TRUE
====
