---- MODULE Functions ----
EXTENDS Naturals
S == 1..3
f == [x \in S |-> x * x]
g == [x, y \in S |-> x + y]
h == [<<x, y>> \in S \X S |-> x]
Set == [S -> BOOLEAN]
App == f[2] + g[1, 2] + h[<<1, 2>>]
Dom == DOMAIN f
Ex == [f EXCEPT ![1] = 10, ![2] = @ + 1]
Ex2 == [g EXCEPT ![1, 2] = 0]
====
