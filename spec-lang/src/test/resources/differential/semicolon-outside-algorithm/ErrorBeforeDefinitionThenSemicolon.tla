---- MODULE ErrorBeforeDefinitionThenSemicolon ----
VARIABLE x y
Limit == 3
Next == x' = x;
====
