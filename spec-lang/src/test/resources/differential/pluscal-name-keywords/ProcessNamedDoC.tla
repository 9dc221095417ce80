---- MODULE ProcessNamedDoC ----
EXTENDS Naturals
(* --algorithm jobs {
variables done = 0;
process (do \in 1..2) { Run: done := done + 1; }
} *)
====
