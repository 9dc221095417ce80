---- MODULE HC ----
CONSTANT c
G == c
====
