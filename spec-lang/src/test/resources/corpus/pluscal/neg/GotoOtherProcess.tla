---- MODULE GotoOtherProcess ----
EXTENDS Naturals, TLC
(* --algorithm gotootherprocess
variables x = 0, y = 0;
process p = 1 begin a: x := 1; end process;
process q = 2 begin b: goto a; end process;
end algorithm; *)
====
