---- MODULE OperatorForms ----
EXTENDS Naturals
a (+) b == a + b
a ++ b == a + b
a \prec b == a < b
-. a == 0 - a
a ^# == a + 1
Plain == 1
Args(x, y) == x + y
Higher(Op(_, _), x) == Op(x, x)
HigherInfix(_ \star _, x) == x \star x
UseHigher == Higher(Args, 2) + Higher(LAMBDA u, v : u * v, 3)
UseSyms == (1 (+) 2) ++ 3
Neg == - 3
Post == 3^#
====
