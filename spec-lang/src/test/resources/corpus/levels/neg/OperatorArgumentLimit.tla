---- MODULE OperatorArgumentLimit ----
\* H allows at most a state function, but F applies its operator argument to an action
VARIABLE x
H(p) == p'
F(G(_)) == G(x')
B == F(H)
====
