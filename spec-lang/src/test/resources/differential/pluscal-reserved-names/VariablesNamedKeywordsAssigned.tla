---- MODULE VariablesNamedKeywordsAssigned ----
EXTENDS Naturals
(* --algorithm Gate {
variables or = 0, variables = 1, algorithm = 2;
{
  Open: either { or := 1; } or { variables := 2; };
  Shut: { algorithm := 3; };
}
} *)
====
