---- MODULE RootTheoremHasLabel ----
THEOREM T == lab :: TRUE
Use == T!lab
====
