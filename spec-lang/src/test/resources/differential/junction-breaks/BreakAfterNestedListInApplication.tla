---- MODULE BreakAfterNestedListInApplication ----
CONSTANTS S, f, p, q
A ==   /\ q
       \/ f[/\ f[/\ ~p]
            /\ p
            /\ <<
           \/ <<
             /\ p = q
             /\ TRUE>>
====
