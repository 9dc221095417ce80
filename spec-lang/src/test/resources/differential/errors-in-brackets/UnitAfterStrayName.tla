---- MODULE UnitAfterStrayName ----
CONSTANTS S
 S
Op == {x \in S : TRUE}
====
