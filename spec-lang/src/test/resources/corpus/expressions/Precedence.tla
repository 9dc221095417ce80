---- MODULE Precedence ----
EXTENDS Integers
a == 1
b == 2
c == 3
P1 == a + b * c = 7
P2 == a = 1 /\ b = 2 => c = 3 \/ FALSE
P3 == -a + b
P4 == ~ a = b
P5 == a .. b \cup {c}
P6 == a - b + c
P7 == (a * b) \div c % 2
P8 == (a < b) = (b < c)
P9 == a^(b^c)
P10 == {a} \X {b} \subseteq {<<a, b>>}
P11 == a \in {a} <=> TRUE
====
