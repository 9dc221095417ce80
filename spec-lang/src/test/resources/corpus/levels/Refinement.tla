---- MODULE Refinement ----
\* Level-correct specs as people write them: fairness per parameter, hiding with \EE,
\* a refinement through INSTANCE with an expression for a variable, operator arguments
EXTENDS Naturals, Sequences
CONSTANT S
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
A(p) == x' = p /\ UNCHANGED y
Next == \E p \in S : A(p)
Spec == Init /\ [][Next]_vars /\ \A p \in S : WF_vars(A(p))
THEOREM Spec => [](x \in S \/ x = 0)
Hidden == \EE z : z = 0 /\ [][z' = z + 1]_z
Strong(p) == SF_x(x' = p)
AllStrong == \A p \in S : Strong(p)
Map(op(_)) == op(x)
Primed == Map(LAMBDA v : v')
Sometimes == []<><<Next>>_vars /\ <>[][Next]_vars
---- MODULE Counter ----
VARIABLE v
CSpec == v = 0 /\ [][v' = v + 1]_v
====
Sum == INSTANCE Counter WITH v <- x + y
Refines == Spec => Sum!CSpec
====
