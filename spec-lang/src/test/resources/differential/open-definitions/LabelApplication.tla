---- MODULE LabelApplication ----
G(x) == lab(x) :: x
H == G(1
====
