---- MODULE SingletonFunctionOfTemporal ----
EXTENDS TLC
CONSTANTS a, b, c
Op == a :> (b -+-> c)
====
