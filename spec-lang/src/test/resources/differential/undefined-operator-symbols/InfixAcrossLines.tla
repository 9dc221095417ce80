---- MODULE InfixAcrossLines ----
CONSTANTS a, b
Op == a
      \ll
      b
====
