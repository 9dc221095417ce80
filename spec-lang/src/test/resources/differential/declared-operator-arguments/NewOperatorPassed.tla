---- MODULE NewOperatorPassed ----
CONSTANT P(_)
THEOREM T == ASSUME NEW n(_)
             PROVE P(n)
====
