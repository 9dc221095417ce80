---- MODULE TheoremLabel ----
EXTENDS H2
Use == T!C
====
