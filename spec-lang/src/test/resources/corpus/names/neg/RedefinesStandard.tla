---- MODULE RedefinesStandard ----
EXTENDS Naturals
Nat == 1
====
