---- MODULE ProcLocalInMacroC ----
EXTENDS Naturals, Sequences
(* --algorithm Jobs {
variables total = 0;
macro Reset() { done := 0; }
procedure Work(size) variables done = 0; {
  W1: total := total + size + done;
  W2: return;
}
process (Worker \in {1, 2}) {
  P1: Reset();
  P2: call Work(2);
}
} *)
====
