---- MODULE H ----
CONSTANT C(_)
F(x) == x
G == 1
K == lab :: 1
====
