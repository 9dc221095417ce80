---- MODULE Sub ----
CONSTANTS a, b
====
