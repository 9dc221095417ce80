---- MODULE ByModuleTwoLines ----
THEOREM TRUE
BY
  MODULE Naturals
====
