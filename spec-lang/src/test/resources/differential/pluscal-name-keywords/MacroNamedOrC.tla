---- MODULE MacroNamedOrC ----
EXTENDS Naturals
(* --algorithm jobs {
variables done = 0;
macro or(v) { v := v + 1; }
{ Run: either { or(done); } or { skip; } }
} *)
====
