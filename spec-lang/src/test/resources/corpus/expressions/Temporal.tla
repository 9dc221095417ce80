---- MODULE Temporal ----
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Next == x' = x + 1 /\ UNCHANGED y
Spec == Init /\ [][Next]_vars /\ WF_vars(Next) /\ SF_x(Next)
Spec2 == Init /\ [][Next]_<<x, y>> /\ WF_<<x, y>>(Next)
Live == <>(x > 3)
Always == [](x >= 0)
Leads == (x = 1) ~> (x = 2)
Angle == <<Next>>_vars
En == ENABLED Next
Guar == Init -+-> Spec
Temp == \EE z : [](z = x)
Temp2 == \AA z : (z = 1) => (z = 1)
InfOften == []<>(x = 0)
Primes == x' > x /\ (x + y)' = 0
====
