---- MODULE NoSemicolonBeforeDefineC ----
EXTENDS Naturals, Sequences
\* the ';' after the last declaration is optional before define, procedure, process and fair
(* --algorithm Logger {
variables log = <<>>
define { Size == Len(log) }
procedure Push(m) { A: log := Append(log, m); return; }
process (Writer = 1) { W: call Push(Size); }
} *)
====
