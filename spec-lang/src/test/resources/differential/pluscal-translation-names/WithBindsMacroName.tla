---- MODULE WithBindsMacroName ----
EXTENDS Naturals
(* --algorithm jobs {
variables done = 0;
macro bump(v) { v := v + 1; }
{
  Take: with (bump \in {1, 2}) { done := bump; };
  Again: bump(done);
}
} *)
====
