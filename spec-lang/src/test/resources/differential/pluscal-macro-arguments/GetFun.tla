---- MODULE GetFun ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables gv = 0, gs = <<1>>, gr = [f |-> 1];
macro Set(p) { p := 1; }
macro Get(p) { gv := p; }
{ A: Get([z \in {1} |-> z]); }
} *)
====
