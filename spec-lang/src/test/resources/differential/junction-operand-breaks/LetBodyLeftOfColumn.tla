---- MODULE LetBodyLeftOfColumn ----
CONSTANTS f, p, q
Next == \/ f[\/ LET k == 1 IN
            /\ p = q
             \/ q]
        \/ p
====
