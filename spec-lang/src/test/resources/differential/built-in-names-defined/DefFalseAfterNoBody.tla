---- MODULE DefFalseAfterNoBody ----
x == 1 FALSE ==
y == 2
====
