---- MODULE NameAfterClosure ----
CONSTANTS R, b
Plus == R^+ b
Star == R^* b
====
