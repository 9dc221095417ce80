---- MODULE LabelsSelectors ----
EXTENDS Naturals
VARIABLE x
A(n) == lbl :: x = n
B == \A y \in {1} : l2(y) :: y = 1
Use == A(1)!lbl
Sub == A(2)!1
Apply(F(_), a) == F(a)
Lam == Apply(LAMBDA v : v + 1, 1)
====
