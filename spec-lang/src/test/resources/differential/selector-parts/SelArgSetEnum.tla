---- MODULE SelArgSetEnum ----
I == INSTANCE HS
Use == {I!F}
====
