---- MODULE ExceptValueOnOuterColumn ----
CONSTANTS r, p, q
Next == \/ {
            /\ p
            /\ q}
        \/ [r EXCEPT ![1] =
        /\ p
        /\ q]
====
