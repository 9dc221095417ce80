---- MODULE RecordSecondLine ----
CONSTANTS a, b
Msg == [a
        b |-> 1]
====
