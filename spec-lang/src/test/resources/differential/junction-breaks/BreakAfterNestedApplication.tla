---- MODULE BreakAfterNestedApplication ----
CONSTANTS S, f, g, p, q
A == f[/\ g[1]
        /\ <<
      \/ q
B == TRUE
====
