---- MODULE ProcessNamedLikeProcedure ----
EXTENDS Naturals, TLC
(* --algorithm processnamedlikeprocedure
variables x = 0, y = 0;
procedure p() begin q: return; end procedure;
process p = 1 begin a: call p(); end process;
end algorithm; *)
====
