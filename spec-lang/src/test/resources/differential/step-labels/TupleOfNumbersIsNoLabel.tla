---- MODULE TupleOfNumbersIsNoLabel ----
EXTENDS Naturals
Pairs == {<<1>>, <<2, 3>>}
Less(x) == x < 1 /\ 1 > 0
====
