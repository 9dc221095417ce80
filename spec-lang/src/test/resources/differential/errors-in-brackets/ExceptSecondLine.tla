---- MODULE ExceptSecondLine ----
CONSTANTS f, a
Upd == [f
          a EXCEPT ![1] = a]
====
