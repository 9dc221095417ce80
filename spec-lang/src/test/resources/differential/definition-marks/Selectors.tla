---- MODULE Selectors ----
EXTENDS Naturals
Sel(a) == a + 1 > 2
S1 == Sel(1)!<<
S2 == Sel(1)!:
S3 == Sel(1)!>>
S4 == 1
====
