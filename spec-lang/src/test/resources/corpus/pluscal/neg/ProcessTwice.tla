---- MODULE ProcessTwice ----
EXTENDS Naturals, TLC
(* --algorithm processtwice
variables x = 0, y = 0;
process p = 1 begin a: y := 1; end process;
process p = 2 begin b: y := 2; end process;
end algorithm; *)
====
