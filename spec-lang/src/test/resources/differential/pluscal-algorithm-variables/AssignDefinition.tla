---- MODULE AssignDefinition ----
EXTENDS Naturals, Sequences
CONSTANT K
VARIABLE extra
(* --algorithm Jobs {
variables total = 0;
define { Seen == total }
macro Bump(lp) { lp := 1; }
procedure Work(size) {
  W1: total := total + size;
  W2: return;
}
process (Worker \in {1, 2}) {
  P1: with (w \in {1}) { Seen := 1; };
  P2: call Work(2);
}
} *)
====
