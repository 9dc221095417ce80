---- MODULE StandardOperatorWithoutModule ----
CONSTANTS a, b
Op == a
  % b
====
