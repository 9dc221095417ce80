---- MODULE LemmaAfterNested ----
---- MODULE N ----
====
LEMMA L == TRUE
====
