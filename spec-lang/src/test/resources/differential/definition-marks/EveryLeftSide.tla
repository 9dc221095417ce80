---- MODULE EveryLeftSide ----
EXTENDS Naturals
CONSTANT S
A == LET x == 1
  y(z) == z IN x
B == A
THEOREM T == B
<1>1. TRUE
<1> DEFINE F == 1
<1> QED
C == 1
ASSUMPTION LET k == 1 IN k = 1
D(x) == x
x ++ y == x
-. x == x
x ^+ == x
f[x \in S] == x
I == INSTANCE Naturals
LOCAL J == 1
K == [i \in S |-> i]
x ** y == x
G(H(_), x) == H(x)
====
