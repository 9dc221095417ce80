---- MODULE QuantifierBodyOnBullet ----
CONSTANTS S, p
Inv == /\ {\/ \E i \in S :
           \/ p
           \/ ~p}
       /\ p
====
