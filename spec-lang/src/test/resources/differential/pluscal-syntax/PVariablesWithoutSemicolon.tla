---- MODULE PVariablesWithoutSemicolon ----
(* --algorithm Alg
variables x = 0
begin skip;
end algorithm *)
====
