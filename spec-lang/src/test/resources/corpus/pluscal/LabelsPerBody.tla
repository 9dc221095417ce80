---- MODULE LabelsPerBody ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm labelsperbody
variables x = 0, y = 0;
procedure Q() begin a: return; end procedure;
process p = 1 begin a: x := 1; call Q(); end process;
process q = 2 begin a: y := 1; end process;
end algorithm; *)
====
