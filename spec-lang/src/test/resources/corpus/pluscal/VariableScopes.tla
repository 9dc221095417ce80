---- MODULE VariableScopes ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm variablescopes
variables x = 0, y = 0;
procedure Q(z) begin q: return; end procedure;
procedure R(z) begin r: return; end procedure;
process p = 1 variable z = 2; begin a: call Q(1); end process;
process s = 2 variable z = 3; begin b: call R(z); end process;
end algorithm; *)
====
