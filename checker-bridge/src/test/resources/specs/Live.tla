---- MODULE Live ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Up == x < 2 /\ x' = x + 1
Reset == x = 2 /\ x' = 1
Next == Up \/ Reset
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Done == <>(x = 0 /\ x > 5)
====
