---- MODULE MacroNamedTrue ----
EXTENDS Naturals
(* --algorithm Flag {
variables up = FALSE;
macro TRUE(v) { up := v; }
process (Node \in {1, 2}) {
  Raise: TRUE(TRUE);
}
} *)
====
