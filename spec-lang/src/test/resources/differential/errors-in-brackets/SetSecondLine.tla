---- MODULE SetSecondLine ----
CONSTANTS a, b
Two == {a
        b}
====
