---- MODULE RootTheoremLabel ----
THEOREM T == TRUE
Use == T!C
====
