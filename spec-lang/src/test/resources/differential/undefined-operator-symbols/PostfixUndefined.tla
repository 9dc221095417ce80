---- MODULE PostfixUndefined ----
CONSTANTS a
Op == 1 +
  a^+
====
