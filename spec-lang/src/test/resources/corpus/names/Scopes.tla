---- MODULE Scopes ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
---- MODULE Inner ----
CONSTANT c
D(k) == c + k
====
I == INSTANCE Inner WITH c <- N
Use == I!D(1)
Recur == LET RECURSIVE f(_)
             f(n) == IF n = 0 THEN 0 ELSE f(n - 1)
         IN f(3)
fn[i \in 1..3] == IF i = 1 THEN 1 ELSE fn[i - 1]
Bound == \A a \in 1..N : \E b \in {a} : [c \in {b} |-> c][b] = a
Param(Op(_), v) == Op(v)
UseParam == Param(LAMBDA z : z + x, 2)
====
