---- MODULE StringAppliedInSet ----
A == {STRING(1), 2}
====
