---- MODULE PEmptyProcess ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables x = 0;
process Pr \in {1}
begin
end process;
end algorithm *)
====
