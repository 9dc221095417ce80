---- MODULE H1 ----
v(x) == x
LOCAL Bar == 2
====
