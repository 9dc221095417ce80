---- MODULE Zoo ----
EXTENDS Integers, Sequences, FiniteSets, TLC
CONSTANTS S, T
VARIABLES x, y, f
vars == <<x, y, f>>
A1 == /\ CASE x = 1 -> x' = 1
           [] OTHER -> x' = 2
      /\ y' = y
A2 == /\ IF x = 1
         THEN x' = 2
         ELSE x' = 3
      /\ \E a \in S, b \in T : y' = <<a, b>>
A3 == LET g == 1
      IN  /\ x' = g
          /\ y' = y
A4 == f[x][y] + <<1, 2>>[1] + [a |-> 1].a
A5 == [r \in S |-> [q \in T |-> r]]
A6 == IF IF x = 1 THEN TRUE ELSE FALSE THEN 1 ELSE 2
A7 == DOMAIN f \cup {1}
A8 == ~(x = 1) \/ y = 2
A9 == x \in S \cup T
A10 == x' \in S /\ UNCHANGED <<y, f>>
A11 == [][A10]_vars /\ WF_vars(A10) /\ SF_<<x, y>>(A10)
A12 == - 1 + x - (-1)
A13 == \E <<a, b>> \in S \X T : a = b
A14 == (x = 1) => (y = 2) <=> TRUE
A15 == []<>(x = 1) /\ <>[](y = 2) /\ [](x = 1 => <>(y = 2))
A16 == ENABLED <<A10>>_vars
A17 == (x + y)' = 0
A18 == lbl :: x = 1
A19 == {e \in S : e \in T} \cup {<<a, b>> : a \in S, b \in T}
s1 == <<>>
A20 == s1 \o <<x>> = <<>>
A21 == Cardinality({1, 2}) = 2 /\ Len(<<1>>) = 1
A22 == x :> 1 @@ y :> 2
A23 == \A a \in S : \A b \in T : a = b \/ a # b
A24 == CHOOSE a \in S : TRUE
A25 == IF x > 0 THEN x ELSE -x
A26 == x % 2 = 0 /\ x \div 2 = 1 /\ x^2 = 4
A27 == [f EXCEPT ![x] = @ + 1, ![y] = @ - 1]
A28 == \/ x = 1
       \/ /\ y = 2
          /\ x = 3
A29 == A1 \cdot A2
A30 == f[x] = "a\\b\"c"
====
