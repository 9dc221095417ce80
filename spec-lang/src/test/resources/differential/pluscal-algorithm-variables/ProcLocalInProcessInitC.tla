---- MODULE ProcLocalInProcessInitC ----
EXTENDS Naturals, Sequences
(* --algorithm Jobs {
variables total = 0;
procedure Work(size) variables done = 0; {
  W1: total := total + size + done;
  W2: return;
}
process (Worker \in {1, 2}) variables mine = done; {
  P2: call Work(2);
}
} *)
====
