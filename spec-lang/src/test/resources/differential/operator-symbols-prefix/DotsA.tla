---- MODULE DotsA ----
A == .. 1
====
