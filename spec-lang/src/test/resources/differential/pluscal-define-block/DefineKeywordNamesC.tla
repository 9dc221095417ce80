---- MODULE DefineKeywordNamesC ----
EXTENDS Naturals
\* the translator reads a define block as one expression: algorithm, macro, await, when are names in it
(* --algorithm Queue {
variables depth = 0
define { await == depth > 0
         when == await /\ depth < 3
         macro == {n \in 0..3 : n > depth} }
{
  Enq: await depth < 3;
       depth := depth + 1;
}
} *)
====
