---- MODULE ImpliesChain ----
EXTENDS Naturals
A == TRUE => TRUE => TRUE
====
