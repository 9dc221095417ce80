---- MODULE CorollaryAfterNested ----
---- MODULE N ----
====
COROLLARY L == TRUE
====
