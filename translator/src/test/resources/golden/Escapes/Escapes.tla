---- MODULE Escapes ----
(* Names that are Java keywords, strings that look like Java, and a part outside the
   translatable subset: the generated code must compile and contain nothing from the spec as code. *)
EXTENDS Naturals, Sequences
CONSTANTS class, Nodes
VARIABLES new, int, log, m, sb

String == "*/ \" \\u0041 \n } ; System.exit(1); /*"

Id(x) == x

(* An operator that takes an operator: a method that takes a Java function *)
Apply(Op(_), v) == Op(v)

(* Infinite sets are only translated in membership tests *)
Lengths == {Len(s) : s \in Seq(Nodes)}

Init == new = class /\ int \in Nodes /\ log = <<>> /\ m = 0 /\ sb = {}

Step(n) == /\ n # int
           /\ int' = n
           /\ new' = new + 1
           /\ log' = Append(log, String)
           /\ UNCHANGED <<m, sb>>

Rare == /\ new > 100
        /\ new' \in Lengths
        /\ UNCHANGED <<int, log, m, sb>>

Next == (\E n \in Nodes : Step(n)) \/ Rare
====
