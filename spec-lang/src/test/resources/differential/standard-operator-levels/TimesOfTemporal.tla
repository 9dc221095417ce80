---- MODULE TimesOfTemporal ----
EXTENDS Naturals
CONSTANTS a, b, c
VARIABLE v
Op == ([]a) * c
Op2 == (v ~> b) * (a -+-> b)
Op3 == (WF_v(b)) * (SF_v(b))
====
