---- MODULE NoSemicolonBeforeBodyC ----
EXTENDS Naturals
\* an initial value followed by '{': the translator reads the brace as part of it
(* --algorithm Logger {
variables sent = 0
{ W: sent := sent + 1; }
} *)
====
