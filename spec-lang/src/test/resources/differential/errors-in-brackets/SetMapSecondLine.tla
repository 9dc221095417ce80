---- MODULE SetMapSecondLine ----
CONSTANTS S
Doubled == {x + x :
              x \in S S}
====
