---- MODULE PProcessVariablesBeforeBegin ----
(* --algorithm Alg
variables x = 0;
process Q = 1 variables z = 1
begin skip;
end process;
end algorithm *)
====
