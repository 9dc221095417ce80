---- MODULE TrueWithArgs ----
x == 1 TRUE(a) == a
====
