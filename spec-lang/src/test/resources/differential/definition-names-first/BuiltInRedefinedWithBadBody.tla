---- MODULE BuiltInRedefinedWithBadBody ----
A == LET TRUE ==
           y
     IN TRUE
====
