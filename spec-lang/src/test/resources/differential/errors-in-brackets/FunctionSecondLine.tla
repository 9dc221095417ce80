---- MODULE FunctionSecondLine ----
CONSTANTS S
Square == [x \in
             S S |-> x * x]
====
