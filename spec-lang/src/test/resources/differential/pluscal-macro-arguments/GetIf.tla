---- MODULE GetIf ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables gv = 0, gs = <<1>>, gr = [f |-> 1];
macro Set(p) { p := 1; }
macro Get(p) { gv := p; }
{ A: Get(IF gv = 0 THEN 1 ELSE 2); }
} *)
====
