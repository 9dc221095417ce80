---- MODULE InnerShadowsNothing ----
CONSTANT S
A == LET z == LET z == S IN z
     IN z
====
