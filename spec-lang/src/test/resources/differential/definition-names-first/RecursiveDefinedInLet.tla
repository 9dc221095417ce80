---- MODULE RecursiveDefinedInLet ----
CONSTANT S
A == LET RECURSIVE R(_)
         R(k) == IF k = {} THEN 0 ELSE R(k)
     IN R(S)
====
