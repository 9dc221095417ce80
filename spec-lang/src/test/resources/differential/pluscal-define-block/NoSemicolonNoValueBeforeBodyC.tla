---- MODULE NoSemicolonNoValueBeforeBodyC ----
EXTENDS Naturals
(* --algorithm Logger {
variables sent
{ W: sent := 1; }
} *)
====
