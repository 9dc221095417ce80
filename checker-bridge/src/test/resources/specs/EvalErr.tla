---- MODULE EvalErr ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x \div (x - x)
====
