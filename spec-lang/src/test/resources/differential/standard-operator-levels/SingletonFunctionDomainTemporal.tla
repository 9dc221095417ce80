---- MODULE SingletonFunctionDomainTemporal ----
EXTENDS TLC
CONSTANTS a, b
VARIABLE v
Op == ([]v) :> b
====
