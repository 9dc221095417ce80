---- MODULE LetIn ----
EXTENDS Naturals
F(x) ==
  LET y == x + 1
      g[i \in 1..3] == i * y
      RECURSIVE h(_)
      h(n) == IF n = 0 THEN 0 ELSE h(n - 1)
      a ++ b == a + b
  IN  g[2] ++ h(y)
Nested == LET a == 1 IN LET b == a + 1 IN a + b
====
