---- MODULE ProcedureNameAssignedC ----
EXTENDS Naturals, Sequences
(* --algorithm Jobs {
variables total = 0;
procedure Work(size) {
  W1: total := total + size;
  W2: return;
}
process (Worker \in {1, 2}) {
  P1: Work := 1;
  P2: call Work(2);
}
} *)
====
