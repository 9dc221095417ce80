---- MODULE FunctionHeadOverLines ----
CONSTANTS S, f, p, q, F(_, _)
A == /\ [p \in S
        \/ IF p THEN 1 ELSE 2]
====
