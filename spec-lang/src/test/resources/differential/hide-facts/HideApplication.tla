---- MODULE HideApplication ----
CONSTANT P(_)
HIDE P(1)
====
