---- MODULE SemicolonAfterTheoremError ----
Limit == 3 +
THEOREM Limit;
====
