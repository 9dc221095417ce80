---- MODULE ApplicationExceptWithoutPath ----
CONSTANTS S, f, r, p, q
A ==   \/ f[
         \/ TRUE
         \/ [r EXCEPT 1![] =
              /\ p = q]
       ]
====
