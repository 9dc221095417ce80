---- MODULE HideDefOnly ----
D == 1
HIDE DEF D
====
