---- MODULE ProcessSpec ----
EXTENDS Naturals
(* --algorithm jobs {
variables queue = 1, done = 0;
process (Spec \in {1, 2}) {
  Take: done := done + queue;
}
} *)
====
