---- MODULE Broken ----
A == 1 +
====
