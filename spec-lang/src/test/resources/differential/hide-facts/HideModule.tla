---- MODULE HideModule ----
EXTENDS Naturals
HIDE MODULE Naturals
====
