---- MODULE IfCase ----
EXTENDS Integers
Max(a, b) == IF a > b THEN a ELSE b
Sign(n) == CASE n > 0 -> 1
             [] n < 0 -> -1
             [] OTHER -> 0
NoOther(n) == CASE n = 1 -> "one" [] n = 2 -> "two"
NestedIf(n) == IF n = 0 THEN 0 ELSE IF n = 1 THEN 1 ELSE 2
====
