---- MODULE SemicolonAfterDefinition ----
Limit == 3;
Next == Limit
====
