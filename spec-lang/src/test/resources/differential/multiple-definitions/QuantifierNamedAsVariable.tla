---- MODULE QuantifierNamedAsVariable ----
EXTENDS Vv
G == \E v : TRUE
====
