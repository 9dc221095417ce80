---- MODULE NoSemicolonBeforeProcessC ----
EXTENDS Naturals
(* --algorithm Logger {
variables sent = 0
fair process (Writer = 1)
variables batch = 2;
{ W: sent := sent + batch; }
} *)
====
