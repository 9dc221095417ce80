---- MODULE VariableNamedOr ----
EXTENDS Naturals
(* --algorithm Gate {
variables or = 0, and = 0;
{
  Open: either { or := 1; } or { and := 1; };
  Shut: { or := or + and; };
}
} *)
====
