---- MODULE SomethingElse ----
====
