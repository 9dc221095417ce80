---- MODULE Aligned ----
EXTENDS Naturals, FiniteSets
VARIABLES x, y
Init == /\ x = 0
        /\ y = 0
Next == \/ /\ x' = x + 1
           /\ y' = y
        \/ /\ y' = y + 1
           /\ x' = x
        \/ /\ x > 5
           /\ \/ x' = 0
              \/ x' = 1
           /\ UNCHANGED y
Single == /\ x = 0
Paren == (/\ x = 1
          /\ y = 1) \/ x = 2
InIf == IF /\ x = 1
           /\ y = 2
        THEN /\ x = 0
             /\ y = 0
        ELSE x = 3
InCase == CASE /\ x = 1
               /\ y = 1 -> 1
            [] OTHER -> 2
InCall == Cardinality({/\ x = 1
                       /\ y = 2, TRUE})
InLet == LET a == /\ x = 1
                  /\ y = 1
         IN a
Quant == \A i \in 1..2 : /\ i > 0
                          /\ i < 3
====
