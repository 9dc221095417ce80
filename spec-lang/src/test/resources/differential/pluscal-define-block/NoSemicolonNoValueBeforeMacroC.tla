---- MODULE NoSemicolonNoValueBeforeMacroC ----
EXTENDS Naturals
(* --algorithm Logger {
variables sent
macro Send(n) { sent := n }
{ W: Send(1); }
} *)
====
