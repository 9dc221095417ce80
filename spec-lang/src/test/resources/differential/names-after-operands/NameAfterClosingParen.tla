---- MODULE NameAfterClosingParen ----
CONSTANTS a, b
Sum == (a + 1) b
====
