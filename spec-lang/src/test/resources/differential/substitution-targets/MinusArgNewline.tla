---- MODULE MinusArgNewline ----
EXTENDS Integers
Ap(Op(_,_)) == Op(1, 2)
Use == Ap(-
)
B == 1
====
