---- MODULE DefineReadsStack ----
EXTENDS Naturals, Sequences
(* --algorithm Jobs {
variables total = 0;
define { Seen == stack }
procedure Work(size) {
  W1: total := total + size;
  W2: return;
}
process (Worker \in {1, 2}) variables mine = 0; {
  P1: mine := 1;
  P2: call Work(2);
}
} *)
====
