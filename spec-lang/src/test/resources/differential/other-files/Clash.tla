---- MODULE Clash ----
EXTENDS Low, High
====
