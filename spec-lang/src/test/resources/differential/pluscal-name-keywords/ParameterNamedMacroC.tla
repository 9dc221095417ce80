---- MODULE ParameterNamedMacroC ----
EXTENDS Naturals, Sequences
(* --algorithm jobs {
variables done = 0;
procedure work(macro) { Add: done := done + macro; return; }
{ Start: call work(2); }
} *)
====
