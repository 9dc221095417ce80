---- MODULE ProcessVariableIsGlobal ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm processvariableisglobal
variables x = 0, y = 0;
process p = 1 variable x = 2; begin a: skip; end process;
end algorithm; *)
====
