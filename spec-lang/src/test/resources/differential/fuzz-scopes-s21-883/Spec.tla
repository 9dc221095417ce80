---- MODULE Spec ----
CONSTANT S, P(_)
VARIABLE v
D == S
F(a) == a \in S
A == LET z == S
         L == LET z == LET a == S
                           z == S
                       IN a
                  y == LET x[i \in S] == i
                       IN y
                  z(p) == p
              IN y
         a == z
     IN S
====
