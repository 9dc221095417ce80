---- MODULE TupleCommaLeft ----
CONSTANTS S, f, p, q
A == /\ <<1,
    2>>
     /\ TRUE
====
