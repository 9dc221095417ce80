---- MODULE HideDefEnd ----
HIDE DEF
====
