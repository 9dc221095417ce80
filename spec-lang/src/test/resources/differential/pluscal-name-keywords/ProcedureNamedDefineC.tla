---- MODULE ProcedureNamedDefineC ----
EXTENDS Naturals, Sequences
(* --algorithm Counter {
variables n = 0;
define { Big == n > 3 }
procedure define(k) { Add: n := n + k; return; }
process (Worker \in {1, 2}) { Call: call define(1); }
} *)
====
