---- MODULE LabelImported ----
EXTENDS H2
Use == v!C
====
