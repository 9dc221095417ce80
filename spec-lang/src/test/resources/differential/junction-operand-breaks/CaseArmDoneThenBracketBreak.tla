---- MODULE CaseArmDoneThenBracketBreak ----
CONSTANTS S, p, q
Step == \/ CASE
              \/ p \in S -> 1 [] OTHER -> 2
        \/ <<
        /\ {\/ p}
        \/ p = q
        >>
====
